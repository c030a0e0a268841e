import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/browser.js';
import { catalogs } from './support/catalogs.js';
import { selectBranch } from './support/icu.js';
import { e2e, useBrowser } from './support/context.js';
import { expectNoHorizontalOverflow } from './support/layout.js';
import { postTask, serveWhatPostTaskPosts, subscribe } from './support/marketplace.js';
import { createAccount, fillMessage, postJson, signInContext, type TestAccount } from './support/test-accounts.js';

const tg = catalogs.tg;

/** The task the journeys post: its text, place and budget. */
const wardrobe = {
  description: 'Нужно собрать шкаф-купе из коробок и повесить двери, инструкция есть, детали на месте.',
  address: 'ул. Айни, 12, кв. 3',
  budgetAmount: 30_000,
};

const ru = catalogs.ru;
const shotsDir = '/tmp/shots';
fs.mkdirSync(shotsDir, { recursive: true });
const asUser = (account: TestAccount) => ({ cookie: `dastiyor_session=${account.token}` });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
  await page.screenshot({ path: path.join(shotsDir, name), fullPage: true });
}

describe.runIf(e2e)('notifications', () => {
  const browser = useBrowser();

  it('a new response rings the customer’s bell live; the list shows it; opening it clears the badge', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Нигина' });
    const provider = await createAccount({ role: 'provider', name: 'Фирдавс' });
    await subscribe(provider);
    const title = 'Собрать шкаф-купе';
    const taskId = await postTask(customer, title, wardrobe);

    const c = await browser.page({ width: 375 });
    const p = await browser.page({ width: 375 });
    await signInContext(c.context, customer.token);
    await signInContext(p.context, provider.token);
    const [cp, pp] = [c.page, p.page];
    const badge = cp.getByTestId('notification-badge');
    try {
      // Nothing yet: the bell is there without a badge, and the full header still fits 375 px.
      await cp.goto('/tasks');
      await cp.getByTestId('notification-bell').waitFor();
      expect(await badge.count()).toBe(0);
      await expectNoHorizontalOverflow(cp);
      // Marks this document: a reload would lose it.
      await cp.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

      // The provider responds in the browser.
      await pp.goto(`/tasks/${taskId}`);
      await pp.getByLabel(ru.Responses.form.comment).fill('Соберу шкаф за день, опыт большой, инструмент свой.');
      await pp.getByLabel(ru.Responses.form.price).fill('250');
      await pp.getByLabel(ru.Responses.form.estimate, { exact: true }).fill('5');
      await pp.getByRole('button', { name: ru.Responses.form.submit, exact: true }).click();
      await pp.getByRole('button', { name: ru.Responses.own.edit, exact: true }).waitFor();

      // The customer's badge rises without a reload.
      await badge.filter({ hasText: '1' }).waitFor();
      expect(await cp.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
      await shoot(cp, 'notifications-bell-375.png');

      // The list: the response, unread, worded from the catalog.
      await cp.getByTestId('notification-bell').click();
      await cp.waitForURL(/\/notifications$/);
      const text = fillMessage(ru.Notifications.text.responseNew, { taskTitle: title, providerName: provider.name });
      const item = cp.getByRole('link', { name: new RegExp(text) });
      await item.waitFor();
      expect(await item.getAttribute('data-unread')).toBe('true');
      expect(await cp.getByRole('button', { name: ru.Notifications.markAll }).isVisible()).toBe(true);
      await expectNoHorizontalOverflow(cp);
      await shoot(cp, 'notifications-list-375.png');

      // Opening it goes to the task and the badge drops.
      await item.click();
      await cp.waitForURL(new RegExp(`/tasks/${taskId}$`));
      await badge.waitFor({ state: 'detached' });
      await cp.goto('/notifications');
      expect(await cp.getByRole('link', { name: new RegExp(text) }).getAttribute('data-unread')).toBe('false');
      expect(await cp.getByRole('button', { name: ru.Notifications.markAll }).count()).toBe(0);
    } finally {
      await c.context.close();
      await p.context.close();
    }
  });

  it('a new matching task rings the provider’s bell live; the list pins "N new tasks", which opens the filtered feed and clears the badge', async () => {
    const provider = await createAccount({ role: 'provider', name: 'Сино' });
    await serveWhatPostTaskPosts(provider);
    // Whatever other journeys posted before counts as seen: this one starts from nothing new.
    const seen = await postJson('/api/v1/notifications/read', { all: true }, asUser(provider));
    expect(seen.status).toBe(200);

    const { page, context } = await browser.page({ width: 375 });
    const badge = page.getByTestId('notification-badge');
    try {
      await signInContext(context, provider.token);
      // The bell asks for the count once its socket is live (the first pong): from then on only the socket tells.
      const live = page.waitForResponse((r) => r.url().includes('/api/v1/notifications?limit=1'));
      await page.goto('/tasks');
      await page.getByTestId('notification-bell').waitFor();
      await live;
      expect(await badge.count()).toBe(0);
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

      const customer = await createAccount({ role: 'customer', name: 'Мадина' });
      const title = 'Повесить люстру в зале';
      const taskId = await postTask(customer, title, wardrobe);

      // The broadcast reaches the open page: the badge rises without a reload.
      await badge.filter({ hasText: '1' }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
      await page.getByTestId('notification-bell').click();
      await page.waitForURL(/\/notifications$/);
      const card = page.getByTestId('matching-tasks');
      await card
        .getByRole('heading', { name: new RegExp(selectBranch(ru.Notifications.matching.title, 'one').replace('#', '1')) })
        .waitFor();
      expect(await card.getByRole('link', { name: title }).getAttribute('href')).toBe(`/tasks/${taskId}`);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'notifications-matching-375.png');

      // The same entry in Tajik.
      await page.goto('/tg/notifications');
      await page.getByTestId('matching-tasks').getByRole('link', { name: tg.Notifications.matching.open }).waitFor();
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'notifications-matching-tg-375.png');

      // Opening it marks the tasks seen and shows the feed filtered to what matches. Visiting /tg chose Tajik
      // (the locale cookie would send /notifications on to /tg): back to Russian, as a person would switch.
      await context.clearCookies({ name: 'NEXT_LOCALE' });
      await page.goto('/notifications');
      await page.getByRole('link', { name: ru.Notifications.matching.open }).click();
      await page.waitForURL(/\/tasks\?matching=1$/);
      await page.getByText(ru.TaskFeed.matchingLead).waitFor();
      await page.getByText(title, { exact: true }).first().waitFor();
      await badge.waitFor({ state: 'detached' });
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'tasks-matching-375.png');
      await page.goto('/notifications');
      await page.getByText(ru.Notifications.empty, { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a new person sees the empty state; the header with the bell fits at 1280 px', async () => {
    const customer = await createAccount({ role: 'customer', name: 'Шаҳло' });
    const { page, context } = await browser.page({ width: 1280 });
    try {
      await signInContext(context, customer.token);
      await page.goto('/notifications');
      await page.getByText(ru.Notifications.empty, { exact: true }).waitFor();
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'notifications-empty-1280.png');
    } finally {
      await context.close();
    }
  });
});
