import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAdminAccount, logInAsAdmin } from './support/admin-account.js';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { createAccount, getAs, getJson, logIn, signInContext } from './support/test-accounts.js';

const t = catalogs.ru;

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

// Admins come only from the CLI, which needs the journey's PostgreSQL (PGlite admits one process).
describe.runIf(e2e?.databaseUrl)('admin panel on a tablet (1024 px)', () => {
  const browser = useBrowser();

  it('an admin logs in, finds a signed-in customer and blocks them with a reason; the customer is logged out at once', async () => {
    const admin = createAdminAccount();
    const customer = await createAccount({ role: 'customer', name: 'Бахтиёр Салимов' });
    const reason = 'Спам в заданиях: одинаковые объявления';

    // The customer is signed in, in their own browser.
    const customerSide = await browser.page({ width: 375 });
    const adminSide = await browser.page({ width: 1024, height: 900 });
    try {
      await signInContext(customerSide.context, customer.token);
      await customerSide.page.goto('/account');
      expect(new URL(customerSide.page.url()).pathname).toBe('/account');

      const page = adminSide.page;
      await logInAsAdmin(page, admin);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.Admin.users.title);

      await page.getByLabel(t.Admin.users.filter.q, { exact: true }).fill(customer.email);
      await page.getByRole('button', { name: t.Admin.users.filter.submit, exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === customer.email);
      const row = page.getByRole('link', { name: customer.name, exact: true });
      expect(await row.count()).toBe(1);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'admin-users-ru-1024.png');

      await row.click();
      await page.waitForURL((url) => url.pathname === `/admin/users/${customer.id}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(customer.name);
      await page.getByLabel(t.Admin.users.block.reason, { exact: true }).fill(reason);
      await page.getByRole('button', { name: t.Admin.users.block.submit, exact: true }).click();
      // The page renders again from the server: the account now reads as blocked and offers to unblock.
      await page.getByRole('button', { name: t.Admin.users.block.unblock, exact: true }).waitFor();
      expect(await page.getByText(t.Admin.users.statuses.blocked, { exact: true }).first().isVisible()).toBe(true);
      expect(await page.getByText(reason, { exact: false }).first().isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'admin-user-blocked-ru-1024.png');

      // The customer's next page load finds them logged out; the API refuses the old session.
      await customerSide.page.goto('/account');
      await customerSide.page.waitForURL((url) => url.pathname === '/login');
      expect((await getAs('/api/v1/me', customer.token)).status).toBe(401);

      // The block is in the audit log, with the admin as actor.
      await page.goto(`/admin/audit-log?action=user.block&targetId=${customer.id}`);
      expect(await page.getByRole('link', { name: admin.name, exact: true }).count()).toBe(1);
      expect(await page.getByText('user.block', { exact: true }).count()).toBe(1);
      await expectNoHorizontalOverflow(page);
    } finally {
      await customerSide.context.close();
      await adminSide.context.close();
    }
  });

  it('the users list and a user page do not overflow a 375 px phone', async () => {
    const admin = createAdminAccount();
    const provider = await createAccount({ role: 'provider', name: 'Далер Юсупов' });
    const { page, context } = await browser.page({ width: 375 });
    try {
      await logInAsAdmin(page, admin);
      await expectNoHorizontalOverflow(page);
      await page.goto(`/admin/users/${provider.id}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(provider.name);
      await expectNoHorizontalOverflow(page);
      await page.goto('/admin/audit-log');
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  });

  it('an admin edits a plan and toggles maintenance', async () => {
    const admin = createAdminAccount();
    const token = (await logIn(admin.email, admin.password)).token!;
    const asAdmin = (method: 'PATCH' | 'PUT', apiPath: string, body: unknown) =>
      fetch(`${e2e!.baseUrl}${apiPath}`, {
        method,
        headers: { 'content-type': 'application/json', cookie: `dastiyor_session=${token}` },
        body: JSON.stringify(body),
      });
    const basicPlan = async () =>
      (await getJson<{ items: Array<{ id: string; code: string; price: number }> }>('/api/v1/plans')).items.find(
        (p) => p.code === 'basic',
      )!;
    const before = await basicPlan();
    const { page, context } = await browser.page({ width: 1024, height: 900 });
    const visitor = await browser.page({ width: 375 });
    try {
      await logInAsAdmin(page, admin);

      // The Basic price, typed in somoni with a comma, reaches the public plan list in diram.
      await page.goto('/admin/plans');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.Admin.plans.title);
      const basic = page.locator('li[data-plan="basic"]');
      await basic.getByText(t.Admin.plans.edit, { exact: true }).click();
      const newPrice = before.price === 3_150 ? { typed: '32,50', diram: 3_250 } : { typed: '31,50', diram: 3_150 };
      await basic.getByLabel(t.Admin.plans.form.price, { exact: true }).fill(newPrice.typed);
      await basic.getByRole('button', { name: t.Admin.plans.form.save, exact: true }).click();
      await basic.getByText(t.Admin.plans.form.saved, { exact: true }).waitFor();
      expect((await basicPlan()).price).toBe(newPrice.diram);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'admin-plans-ru-1024.png');

      // Maintenance on: a visitor gets the maintenance page, the admin keeps the panel.
      await page.goto('/admin/settings');
      await page.getByLabel(t.Admin.settings.on, { exact: true }).check();
      await page.getByLabel(t.Admin.settings.messageRu, { exact: true }).fill('Обновляем тарифы до 14:00');
      // Russian alone would greet Tajik pages in Russian: the form asks for the other language first.
      await page.getByRole('button', { name: t.Admin.settings.save, exact: true }).click();
      const tajikField = page.getByLabel(t.Admin.settings.messageTg, { exact: true });
      await expect.poll(() => tajikField.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByText(t.Admin.settings.messageBothRequired, { exact: true }).isVisible()).toBe(true);
      await tajikField.fill('Тарифҳоро то соати 14:00 нав мекунем');
      expect(await tajikField.getAttribute('aria-invalid')).toBeNull();
      await page.getByRole('button', { name: t.Admin.settings.save, exact: true }).click();
      await page.getByText(t.Admin.settings.savedOn, { exact: true }).waitFor();
      // The web caches the switch for a few seconds per process.
      await expect.poll(async () => (await visitor.page.goto('/'))?.status(), { timeout: 15_000, interval: 1000 }).toBe(503);
      expect(await visitor.page.getByRole('heading', { level: 1 }).innerText()).toBe(t.Maintenance.title);
      expect(await visitor.page.getByText('Обновляем тарифы до 14:00').isVisible()).toBe(true);
      // A Tajik page reads the Tajik notice.
      expect((await visitor.page.goto('/tg'))?.status()).toBe(503);
      expect(await visitor.page.getByRole('heading', { level: 1 }).innerText()).toBe(catalogs.tg.Maintenance.title);
      expect(await visitor.page.getByText('Тарифҳоро то соати 14:00 нав мекунем').isVisible()).toBe(true);
      expect(await visitor.page.getByText('Обновляем тарифы до 14:00').count()).toBe(0);
      await shoot(visitor.page, 'maintenance-tg-375.png');
      expect((await page.goto('/admin'))?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.Admin.dashboard.title);
      await shoot(page, 'admin-dashboard-maintenance-ru-1024.png');

      // And off again, from the same page.
      await page.goto('/admin/settings');
      await page.getByLabel(t.Admin.settings.off, { exact: true }).check();
      await page.getByRole('button', { name: t.Admin.settings.save, exact: true }).click();
      await page.getByText(t.Admin.settings.savedOff, { exact: true }).waitFor();
      await expect.poll(async () => (await visitor.page.goto('/'))?.status(), { timeout: 15_000, interval: 1000 }).toBe(200);
    } finally {
      // Later journeys expect the seeded price and an open site.
      await asAdmin('PUT', '/api/v1/admin/settings', { maintenance: { enabled: false, message: null } });
      await asAdmin('PATCH', `/api/v1/admin/plans/${before.id}`, { price: before.price });
      await visitor.context.close();
      await context.close();
    }
  });
});
