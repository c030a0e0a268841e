import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { createAccount, fillMessage, getJson, signInContext } from './support/test-accounts.js';

interface Named {
  id: string;
  slug: string;
  name: { ru: string; tg: string };
}
type City = Named & { districts: Array<Omit<Named, 'slug'>> };
type Category = Named & { children: Named[] };

const extraShotDir = '/tmp/shots';

/** The whole page as someone scrolling it sees it (lazy images loaded first), in both screenshot folders. */
async function shoot(page: Page, name: string) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = path.join(screenshotDir, name);
  await page.screenshot({ path: file, fullPage: true });
  fs.mkdirSync(extraShotDir, { recursive: true });
  fs.copyFileSync(file, path.join(extraShotDir, name));
}

/** Tomorrow in Dushanbe (UTC+5), as a date input takes it. */
function tomorrowInDushanbe(): string {
  return new Date(Date.now() + 5 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}

describe.runIf(e2e)('tasks', () => {
  const browser = useBrowser();
  const ru = catalogs.ru;

  it('a customer posts a task with a photo; it is found in the feed, seen by a guest without private details, then cancelled', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Мадина' });
    const cities = (await getJson<{ items: City[] }>('/api/v1/cities')).items;
    const city = cities.find((c) => c.slug === 'dushanbe') ?? cities[0]!;
    const district = city.districts[0]!;
    const category = (await getJson<{ items: Category[] }>('/api/v1/categories')).items[0]!;
    const subcategory = category.children[0]!;
    // A word no demo task has, so the search finds exactly this task.
    const marker = `zq${randomUUID().slice(0, 6)}`;
    const title = `Заменить смеситель ${marker}`;
    const address = `ул. Айни 45, кв. ${Math.floor(Math.random() * 90) + 10}`;

    const { page, context } = await browser.page({ width: 375 });
    let taskUrl: string;
    try {
      // Guests are sent to sign in first and come back.
      const guest = await fetch(`${e2e!.baseUrl}/tasks/new`, { redirect: 'manual' });
      expect(guest.headers.get('location')).toMatch(/\/login\?next=%2Ftasks%2Fnew$/);

      await signInContext(context, customer.token);
      await page.goto('/');
      await page.getByRole('link', { name: ru.Header.postTask }).first().click();
      await page.waitForURL(/\/tasks\/new$/);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(ru.TaskForm.newTitle);

      // An empty publish: the API's reasons appear beside the fields, and nothing typed is lost.
      await page.getByLabel(ru.TaskForm.title, { exact: true }).fill('Кран');
      await page.getByRole('button', { name: ru.TaskForm.publish }).click();
      await page.getByText(fillMessage(ru.TaskForm.errors.titleShort, { min: 5 })).waitFor();
      expect(await page.getByText(ru.TaskForm.errors.chooseCategory).isVisible()).toBe(true);
      expect(await page.getByLabel(ru.TaskForm.title, { exact: true }).inputValue()).toBe('Кран');

      await page.getByLabel(ru.TaskForm.title, { exact: true }).fill(title);
      // Its reason goes as soon as the field is changed.
      expect(await page.getByText(fillMessage(ru.TaskForm.errors.titleShort, { min: 5 })).count()).toBe(0);
      await page.getByLabel(ru.TaskForm.category, { exact: true }).selectOption(category.id);
      await page.getByLabel(ru.TaskForm.subcategory, { exact: true }).selectOption(subcategory.id);
      await page
        .getByLabel(ru.TaskForm.description, { exact: true })
        .fill('Течёт смеситель на кухне, нужно заменить на новый. Смеситель уже куплен, нужен мастер с инструментом.');
      await page.getByLabel(ru.TaskForm.photos.add).setInputFiles({
        name: 'kitchen.jpg',
        mimeType: 'image/jpeg',
        buffer: await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 180, g: 90, b: 40 } } })
          .jpeg()
          .toBuffer(),
      });
      await page.getByAltText(fillMessage(ru.TaskForm.photos.photoAlt, { number: 1 })).waitFor();
      await page.getByLabel(ru.TaskForm.city, { exact: true }).selectOption(city.id);
      await page.getByLabel(ru.TaskForm.district, { exact: true }).selectOption(district.id);
      await page.getByLabel(ru.TaskForm.address).fill(address);
      await page.getByLabel(ru.TaskForm.budgetAmount, { exact: true }).fill('250');
      await page.getByLabel(ru.TaskForm.whenKinds.moment).check();
      await page.getByLabel(ru.TaskForm.day, { exact: true }).fill(tomorrowInDushanbe());
      await page.getByLabel(ru.TaskForm.time, { exact: true }).fill('10:30');
      await page.getByLabel(ru.TaskForm.urgent, { exact: true }).check();
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'task-new-ru-375.png');

      await page.getByRole('button', { name: ru.TaskForm.publish }).click();
      await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/).catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(screenshotDir, 'task-publish-failed.png'), fullPage: true });
        throw error;
      });
      taskUrl = new URL(page.url()).pathname;
      // The owner's view: the address and the management panel.
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await page.getByText(address).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: ru.TaskPage.manageTitle }).isVisible()).toBe(true);
      const photo = page.getByAltText(fillMessage(ru.TaskPage.photoAlt, { number: 1 }));
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'task-owner-ru-375.png');

      // The feed shows it, with its thumbnail; filtering by category and by the search text keeps it.
      await page.goto('/tasks');
      const card = page.getByRole('link', { name: title });
      await card.waitFor();
      await expectNoHorizontalOverflow(page);
      await page.getByText(ru.TaskFeed.filtersToggle, { exact: true }).click();
      await page.getByLabel(ru.TaskFeed.filters.category, { exact: true }).selectOption(category.id);
      await page.getByLabel(ru.TaskFeed.filters.q, { exact: true }).fill(marker);
      await page.getByRole('button', { name: ru.TaskFeed.filters.apply }).click();
      await page.waitForURL((url) => url.searchParams.get('categoryId') === category.id && url.searchParams.get('q') === marker);
      await card.waitFor();
      expect(
        await page
          .getByRole('listitem')
          .filter({ has: page.getByRole('link', { name: title }) })
          .locator('img')
          .count(),
      ).toBe(1);
      expect(await page.locator('article').count()).toBe(1);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'tasks-feed-filtered-ru-375.png');
      // Another category leaves it out.
      const other = (await getJson<{ items: Category[] }>('/api/v1/categories')).items[1]!;
      await page.goto(`/tasks?categoryId=${other.id}&q=${marker}`);
      await page.getByText(ru.TaskFeed.emptyFiltered).waitFor();

      await page.goto('/my/tasks');
      await page.getByRole('link', { name: title }).waitFor();
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'my-tasks-ru-375.png');
    } finally {
      await context.close();
    }

    // A guest in a fresh browser: the task, but no address, phone or e-mail.
    const stranger = await browser.page({ width: 375 });
    try {
      const response = await stranger.page.goto(taskUrl);
      expect(response?.status()).toBe(200);
      expect(await stranger.page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await stranger.page.getByText('Мадина', { exact: true }).isVisible()).toBe(true);
      const html = await stranger.page.content();
      expect(html).not.toContain(address);
      expect(html).not.toContain(customer.email);
      // The page's own JSON as a guest asks it: no contacts, no address (the example phone in the form
      // hints of the message catalogs makes a '+992' search over the HTML meaningless).
      const asGuest = (await (await stranger.page.request.get(taskUrl.replace('/tasks/', '/api/v1/tasks/'))).json()) as Record<
        string,
        unknown
      >;
      expect(asGuest.contacts ?? null).toBeNull();
      expect(asGuest.address ?? null).toBeNull();
      expect(await stranger.page.getByRole('heading', { name: ru.TaskPage.manageTitle }).count()).toBe(0);
      await expectNoHorizontalOverflow(stranger.page);
      await shoot(stranger.page, 'task-guest-ru-375.png');
    } finally {
      await stranger.context.close();
    }

    // The same pages on a desktop screen.
    const desktop = await browser.page({ width: 1280 });
    try {
      await signInContext(desktop.context, customer.token);
      for (const [url, name] of [
        ['/tasks', 'tasks-feed-ru-1280.png'],
        ['/tasks/new', 'task-new-ru-1280.png'],
        [taskUrl, 'task-owner-ru-1280.png'],
        ['/my/tasks', 'my-tasks-ru-1280.png'],
      ] as const) {
        await desktop.page.goto(url);
        await desktop.page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoHorizontalOverflow(desktop.page);
        await shoot(desktop.page, name);
      }
      await desktop.context.clearCookies();
      await desktop.page.goto(taskUrl);
      await shoot(desktop.page, 'task-guest-ru-1280.png');
    } finally {
      await desktop.context.close();
    }

    // The customer cancels with a reason; the task leaves the feed.
    const again = await browser.page({ width: 375 });
    try {
      await signInContext(again.context, customer.token);
      await again.page.goto(taskUrl);
      await again.page.getByText(ru.TaskPage.owner.cancel, { exact: true }).first().click();
      // Without a reason the API refuses, and says so beside the field.
      await again.page.getByRole('button', { name: ru.TaskPage.owner.confirmCancel }).click();
      await again.page.getByText(ru.TaskPage.owner.reasonRequired).waitFor();
      await again.page.getByLabel(ru.TaskPage.owner.reason).fill('Нашёл мастера среди соседей');
      await again.page.getByRole('button', { name: ru.TaskPage.owner.confirmCancel }).click();
      await again.page.getByText(fillMessage(ru.TaskPage.cancelReason, { reason: 'Нашёл мастера среди соседей' })).waitFor();
      expect(await again.page.getByText(ru.TaskCard.status.cancelled, { exact: true }).first().isVisible()).toBe(true);
      // Nothing is left to manage on a cancelled task: the API offers no action, so the page shows no panel.
      expect(await again.page.getByRole('heading', { name: ru.TaskPage.manageTitle }).count()).toBe(0);

      await again.page.goto(`/tasks?q=${marker}`);
      await again.page.getByText(ru.TaskFeed.emptyFiltered).waitFor();
      expect(await again.page.getByRole('link', { name: title }).count()).toBe(0);
      await again.page.goto('/my/tasks?status=cancelled');
      await again.page.getByRole('link', { name: title }).waitFor();
    } finally {
      await again.context.close();
    }
  }, 240_000);

  it('renders the feed in Tajik with its filters behind a toggle on a phone', async () => {
    const { page, context } = await browser.page({ width: 375, locale: 'tg-TJ' });
    try {
      const response = await page.goto('/tg/tasks');
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('tg');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(catalogs.tg.TaskFeed.title);
      // Collapsed on a phone: the search field is there but hidden until the toggle opens it.
      expect(await page.getByLabel(catalogs.tg.TaskFeed.filters.q, { exact: true }).isVisible()).toBe(false);
      await page.getByText(catalogs.tg.TaskFeed.filtersToggle, { exact: true }).click();
      expect(await page.getByLabel(catalogs.tg.TaskFeed.filters.q, { exact: true }).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'tasks-feed-tg-375.png');
    } finally {
      await context.close();
    }
  });
});
