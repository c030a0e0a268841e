import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { subscribe } from './support/marketplace.js';
import { createAccount, signInContext } from './support/test-accounts.js';

// Plan names are the plan's own, in the page's language (issue 19, item 7): the dashboard said "Тариф Standard"
// (the code, capitalised) on Russian and Tajik pages alike.
describe.runIf(e2e)('plan names on the provider dashboard, at 375 px', () => {
  const browser = useBrowser();

  it('names the active plan in Tajik on /tg and in Russian on /, never by its code', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Шерзод Ашуров', locale: 'tg' });
    await subscribe(provider);
    const { page, context } = await browser.page({ width: 375 });
    try {
      await signInContext(context, provider.token);
      for (const [url, expected] of [
        // Russian first: opening a /tg page remembers Tajik, and / then leads there.
        ['/dashboard', 'Тариф Стандарт действует до'],
        ['/tg/dashboard', 'Тарифи Стандарт то'],
      ] as const) {
        await page.goto(url);
        const text = await page.locator('main').innerText();
        expect(text, url).toContain(expected);
        expect(text, url).not.toMatch(/Standard|Premium|Basic/);
      }
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: path.join(screenshotDir, 'dashboard-plan-tg-375.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
