import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { createAccount, getJson, signInContext } from './support/test-accounts.js';

interface Settings {
  channels: Record<string, { email: boolean; sms: boolean; push: boolean }>;
  quietHours: { enabled: boolean; from: string; to: string };
  taskDigest: 'instant' | 'daily';
}

/** Also copied to /tmp/shots so a person can look at them without digging in test-results. */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
  fs.mkdirSync('/tmp/shots', { recursive: true });
  fs.copyFileSync(path.join(screenshotDir, name), path.join('/tmp/shots', name));
}

describe.runIf(e2e)('notification settings', () => {
  const browser = useBrowser();
  const { ru, tg } = catalogs;
  const s = ru.NotificationSettings;
  const newResponseEmail = `${s.types.responseNew}: ${s.channels.email}`;

  it('lets a customer on a phone turn off email for new responses and set quiet hours, kept after a reload', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Фарзона' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, customer.token);
      expect((await page.goto('/account/notifications'))?.status()).toBe(200);
      const tab = page.getByRole('navigation', { name: ru.Account.tabs.label }).getByRole('link', { name: ru.Account.tabs.notifications });
      expect(await tab.getAttribute('aria-current')).toBe('page');
      expect(await page.getByText(s.smsNote).isVisible()).toBe(true);
      // Providers-only choices stay out of a customer's page.
      expect(await page.getByText(s.digestTitle).count()).toBe(0);
      await expectNoHorizontalOverflow(page);

      // Push on this device: the state is settled without a prompt (the prompt needs a click).
      await expect.poll(() => page.locator('[data-push-state]').getAttribute('data-push-state')).not.toBe('checking');
      expect(await page.getByRole('heading', { name: s.push.title }).isVisible()).toBe(true);
      // Installable: the manifest is linked and served with its icons, and the service worker script is there.
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = (await (await page.request.get(manifestHref ?? '')).json()) as { display: string; icons: unknown[] };
      expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
      expect(manifest.icons).toHaveLength(3);
      const sw = await page.request.get('/sw.js');
      expect(sw.status()).toBe(200);
      expect(await sw.text()).toContain("addEventListener('notificationclick'");

      const email = page.getByRole('checkbox', { name: newResponseEmail });
      expect(await email.isChecked()).toBe(true);
      await email.uncheck();
      await page.getByRole('checkbox', { name: s.quietEnabled }).check();
      await page.getByLabel(s.quietFrom, { exact: true }).fill('23:00');
      await page.getByLabel(s.quietTo, { exact: true }).fill('07:00');
      await page.getByRole('button', { name: s.save }).click();
      await page.getByText(s.saved).waitFor();
      await shoot(page, 'notification-settings-ru-375.png');

      const saved = await getJson<Settings>('/api/v1/me/notification-settings', customer.token);
      expect(saved.channels['response.new']?.email).toBe(false);
      expect(saved.quietHours).toEqual({ enabled: true, from: '23:00', to: '07:00' });

      await page.reload();
      expect(await page.getByRole('checkbox', { name: newResponseEmail }).isChecked()).toBe(false);
      expect(await page.getByRole('checkbox', { name: s.quietEnabled }).isChecked()).toBe(true);
      expect(await page.getByLabel(s.quietFrom, { exact: true }).inputValue()).toBe('23:00');
      expect(await page.getByLabel(s.quietTo, { exact: true }).inputValue()).toBe('07:00');
    } finally {
      await context.close();
    }
  });

  it('shows a provider the task digest choice on a wide screen, and renders in Tajik', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Рустам', locale: 'tg' });
    const { page, context } = await browser.page({ width: 1280, locale: 'tg-TJ' });
    try {
      await signInContext(context, provider.token);
      expect((await page.goto('/tg/account/notifications'))?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('tg');
      const t = tg.NotificationSettings;
      expect(await page.getByRole('heading', { name: t.channelsTitle }).isVisible()).toBe(true);
      expect(await page.getByText(t.types.taskMatching, { exact: true }).isVisible()).toBe(true);
      await page.getByRole('radio', { name: t.digestDaily }).check();
      await page.getByRole('button', { name: t.save }).click();
      await page.getByText(t.saved).waitFor();
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'notification-settings-tg-1280.png');
      expect((await getJson<Settings>('/api/v1/me/notification-settings', provider.token)).taskDigest).toBe('daily');
    } finally {
      await context.close();
    }
  });
});
