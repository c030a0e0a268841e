import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdminAccount, logInAsAdmin } from './support/admin-account.js';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectAllWithinWidth, expectNoHorizontalOverflow } from './support/layout.js';
import { postTask, serveWhatPostTaskPosts, subscribe } from './support/marketplace.js';
import { createAccount, signInContext } from './support/test-accounts.js';

// Issue 19, item 6: what a phone at 375 px cut off or squeezed, in ru and tg.

const locales = [
  ['', 'ru'],
  ['/tg', 'tg'],
] as const;

describe.runIf(e2e)('narrow layouts', () => {
  const browser = useBrowser();

  it('the privacy policy and the terms fit 375 px, headings included', async () => {
    const { page, context } = await browser.page({ width: 375 });
    try {
      for (const [prefix, lang] of locales) {
        for (const doc of ['privacy', 'terms'] as const) {
          await page.goto(`${prefix}/${doc}`);
          await expectNoHorizontalOverflow(page);
          await expectAllWithinWidth(page, 'h1');
          if (doc === 'privacy') await page.screenshot({ path: path.join(screenshotDir, `privacy-${lang}-375.png`) });
        }
      }
    } finally {
      await context.close();
    }
  });

  it("My tasks shows every status tab at 375 px, and a provider's estimate field has room at 375 and 1280 px", async () => {
    const customer = await createAccount({ role: 'customer', name: 'Шоира Каримова' });
    const provider = await createAccount({ role: 'provider', name: 'Рустам Одинаев' });
    const taskId = await postTask(customer, 'Собрать шкаф и повесить полки');
    await serveWhatPostTaskPosts(provider);
    await subscribe(provider);
    for (const [prefix, lang] of locales) {
      const { page, context } = await browser.page({ width: 375 });
      try {
        await signInContext(context, customer.token);
        await page.goto(`${prefix}/my/tasks`);
        await expectAllWithinWidth(page, `nav[aria-label="${catalogs[lang].MyTasks.tabsLabel}"] a`);
        await expectNoHorizontalOverflow(page);
        await page.screenshot({ path: path.join(screenshotDir, `my-tasks-tabs-${lang}-375.png`) });
      } finally {
        await context.close();
      }
      for (const width of [375, 1280]) {
        const seen = await browser.page({ width });
        try {
          await signInContext(seen.context, provider.token);
          await seen.page.goto(`${prefix}/tasks/${taskId}`);
          const estimate = seen.page.locator('input[name="etaAmount"]');
          await estimate.waitFor();
          expect((await estimate.boundingBox())!.width).toBeGreaterThanOrEqual(64);
          await expectNoHorizontalOverflow(seen.page);
          await estimate.scrollIntoViewIfNeeded();
          await seen.page.screenshot({ path: path.join(screenshotDir, `response-form-${lang}-${width}.png`) });
        } finally {
          await seen.context.close();
        }
      }
    }
  });

  // A screen-reader label in the table's header (position: absolute) escaped the scrolling box and widened the page.
  it.runIf(e2e?.databaseUrl)("the admin's payments fit 375 px: the table scrolls inside its box", async () => {
    const payer = await createAccount({ role: 'provider', name: 'Далер Сафаров' });
    await serveWhatPostTaskPosts(payer);
    await subscribe(payer);
    const admin = createAdminAccount();
    const { page, context } = await browser.page({ width: 375 });
    try {
      await logInAsAdmin(page, admin);
      for (const [prefix, lang] of locales) {
        await page.goto(`${prefix}/admin/payments`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoHorizontalOverflow(page);
        await page.screenshot({ path: path.join(screenshotDir, `admin-payments-${lang}-375.png`) });
      }
    } finally {
      await context.close();
    }
  });
});
