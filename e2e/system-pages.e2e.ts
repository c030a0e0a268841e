import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';

describe.runIf(e2e)('system pages', () => {
  const browser = useBrowser();

  it('answers an unknown address with the localized 404 page, in ru and tg', async () => {
    const { page, context } = await browser.page({ width: 375 });
    try {
      for (const [prefix, t] of [
        ['', catalogs.ru],
        ['/tg', catalogs.tg],
      ] as const) {
        const response = await page.goto(`${prefix}/no-such-page-here`);
        expect(response?.status()).toBe(404);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.NotFound.title);
        await page.screenshot({ path: path.join(screenshotDir, `not-found-${prefix ? 'tg' : 'ru'}-375.png`), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });

  // Maintenance is a row in the settings table; the journey flips it the way the CLI does.
  it.runIf(e2e?.databaseUrl)('shows the maintenance page with 503 while maintenance is on', async () => {
    const db = new pg.Client({ connectionString: e2e!.databaseUrl! });
    await db.connect();
    const set = (value: object) =>
      db.query(
        `insert into settings (key, value, updated_at) values ('maintenance', $1, now()) on conflict (key) do update set value = excluded.value`,
        [JSON.stringify(value)],
      );
    const { page, context } = await browser.page({ width: 375 });
    try {
      await set({ enabled: true, message: 'Вернёмся к 14:00' });
      await expect.poll(async () => (await page.goto('/'))?.status(), { timeout: 15_000, interval: 1000 }).toBe(503);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(catalogs.ru.Maintenance.title);
      expect(await page.getByText('Вернёмся к 14:00').isVisible()).toBe(true);
      const api = await fetch(`${e2e!.baseUrl}/api/v1/categories`);
      expect(api.status).toBe(503);
      expect((await api.json()).code).toBe('maintenance');
      await page.screenshot({ path: path.join(screenshotDir, 'maintenance-ru-375.png'), fullPage: true });
    } finally {
      await set({ enabled: false, message: null });
      await db.end();
      await context.close();
    }
    await expect.poll(async () => (await fetch(`${e2e!.baseUrl}/`)).status, { timeout: 15_000, interval: 1000 }).toBe(200);
  });
});
