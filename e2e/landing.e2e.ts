import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs, type Locale } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';

describe.runIf(e2e)('landing page', () => {
  const browser = useBrowser();

  for (const locale of ['ru', 'tg'] as Locale[]) {
    for (const width of [375, 1280]) {
      it(`renders in ${locale} at ${width} px with categories and tasks from the API, nothing overflowing`, async () => {
        const t = catalogs[locale];
        const { page, context } = await browser.page({ width });
        try {
          const response = await page.goto(locale === 'ru' ? '/' : '/tg');
          expect(response?.status()).toBe(200);
          expect(await page.getAttribute('html', 'lang')).toBe(locale);
          await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(t.Landing.hero.title);
          expect(await page.getByRole('link', { name: t.Landing.hero.ctaCustomer }).count()).toBeGreaterThan(0);
          expect(await page.getByRole('link', { name: t.Landing.hero.ctaProvider }).count()).toBeGreaterThan(0);

          // Categories come from the API, named in this language.
          const categories = (await (await fetch(`${e2e!.baseUrl}/api/v1/categories`)).json()) as {
            items: Array<{ name: Record<Locale, string> }>;
          };
          for (const category of categories.items.slice(0, 3)) {
            expect(await page.getByText(category.name[locale], { exact: true }).first().isVisible()).toBe(true);
          }
          // Demo tasks are the popular preview.
          const tasks = (await (await fetch(`${e2e!.baseUrl}/api/v1/tasks?limit=1`)).json()) as { items: Array<{ title: string }> };
          expect(await page.getByText(tasks.items[0]!.title).first().isVisible()).toBe(true);

          await expectNoHorizontalOverflow(page);
          await page.screenshot({ path: path.join(screenshotDir, `landing-${locale}-${width}.png`), fullPage: true });
        } finally {
          await context.close();
        }
      });
    }
  }

  it('switches language, keeps the page, and remembers the choice', async () => {
    const { page, context } = await browser.page({ width: 375 });
    try {
      await page.goto('/categories');
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByRole('link', { name: catalogs.ru.LocaleSwitcher.short.tg, exact: true }).click();
      await page.waitForURL('**/tg/categories');
      expect(await page.getAttribute('html', 'lang')).toBe('tg');

      // Back at an unprefixed address, the remembered Tajik choice wins.
      await page.goto('/');
      await page.waitForURL(/\/tg$/);
      expect(await page.getAttribute('html', 'lang')).toBe('tg');

      await page.getByRole('link', { name: catalogs.tg.LocaleSwitcher.short.ru, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
    } finally {
      await context.close();
    }
  });
});
