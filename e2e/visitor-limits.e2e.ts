import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogs } from './support/catalogs.js';
import { e2e, useBrowser } from './support/context.js';
import { postTask, respond, subscribe } from './support/marketplace.js';
import { createAccount, fillMessage, signInContext, type TestAccount } from './support/test-accounts.js';

// The product runs with the default TRUST_PROXY (loopback): this test connects from loopback, so it stands
// where nginx would and says who each visitor is with X-Forwarded-For (docs/decisions/009-visitor-address-through-the-proxy-chain.md).

const ru = catalogs.ru;
const flooderAddress = '203.0.113.7';
const neighbourAddress = '203.0.113.8';
const address = 'ул. Айни, 12, кв. 3';
const asUser = (account: TestAccount) => ({ cookie: `dastiyor_session=${account.token}` });

/** A request from a visitor at `visitor`, as the front proxy passes it on. */
function fetchAs(visitor: string, account: TestAccount, path: string): Promise<Response> {
  return fetch(`${e2e!.baseUrl}${path}`, { headers: { 'x-forwarded-for': visitor, ...asUser(account) }, redirect: 'manual' });
}

describe.runIf(e2e)('per-visitor limits', () => {
  const browser = useBrowser();

  // A few minutes at most: a flood of page views past the ceiling, then page loads on a loaded machine.
  it('one client’s page views never make another client’s pages fail', { timeout: 240_000 }, async () => {
    const neighbour = await createAccount({ role: 'customer', name: 'Мадина' });
    const provider = await createAccount({ role: 'provider', name: 'Рустам' });
    const flooder = await createAccount({ role: 'customer', name: 'Искандар' });
    const title = 'Заменить смеситель на кухне';
    const taskId = await postTask(neighbour, title, {
      description: 'Течёт смеситель на кухне, нужно заменить картридж или весь кран, кран купим сами.',
      address,
      budgetAmount: 15_000,
    });
    await subscribe(provider);
    await respond(provider, taskId, { comment: 'Заменю картридж за час, инструмент свой.', price: 12_000, etaMinutes: 60 });
    const notification = new RegExp(fillMessage(ru.Notifications.text.responseNew, { taskTitle: title, providerName: provider.name }));

    // The ceiling the API runs with, read from its own answer (600 a minute unless the run lowers it).
    const probe = await fetchAs(flooderAddress, flooder, '/api/v1/categories');
    const limit = Number(probe.headers.get('x-ratelimit-limit'));
    expect(limit).toBeGreaterThan(0);

    const n = await browser.page({ width: 375 });
    const f = await browser.page({ width: 375 });
    await n.context.setExtraHTTPHeaders({ 'x-forwarded-for': neighbourAddress });
    await f.context.setExtraHTTPHeaders({ 'x-forwarded-for': flooderAddress });
    await signInContext(n.context, neighbour.token);
    await signInContext(f.context, flooder.token);

    /** The neighbour's own task (with the address only its customer sees) and their notification. */
    const neighbourSeesTheirPages = async (page: Page) => {
      const task = await page.goto(`/tasks/${taskId}`);
      expect(task?.status()).toBe(200);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.getByText(address).waitFor();
      const list = await page.goto('/notifications');
      expect(list?.status()).toBe(200);
      await page.getByRole('link', { name: notification }).waitFor();
    };

    try {
      await neighbourSeesTheirPages(n.page);

      // The flooder opens the task page over and over, far beyond the ceiling (each view is several API calls
      // on their behalf), while the neighbour keeps reading. Each page the flooder gets is a page, once over
      // the ceiling their own "couldn't load", never a 5xx; the neighbour never notices.
      const flood = { views: 0, refused: 0, statuses: new Set<number>() };
      const floodIsOver = () => flood.refused >= 50 || flood.views >= limit * 2;
      const floodWorker = async () => {
        while (!floodIsOver()) {
          const response = await fetchAs(flooderAddress, flooder, `/tasks/${taskId}`);
          flood.views++;
          flood.statuses.add(response.status);
          if ((await response.text()).includes(ru.TaskPage.loadError)) flood.refused++;
        }
      };
      let neighbourRounds = 0;
      const neighbourReads = async () => {
        do {
          await neighbourSeesTheirPages(n.page);
          neighbourRounds++;
        } while (!floodIsOver());
      };
      await Promise.all([floodWorker(), floodWorker(), floodWorker(), neighbourReads()]);
      expect(flood.statuses).toEqual(new Set([200]));
      expect(flood.refused).toBeGreaterThanOrEqual(50);
      expect(neighbourRounds).toBeGreaterThan(0);

      // Now the flooder's pages render their honest states. The burst before each look keeps the flooder over
      // the ceiling even if the API's one-minute window rolled over meanwhile.
      const refusedBurst = async () => {
        for (;;) {
          const refused = await fetchAs(flooderAddress, flooder, '/api/v1/categories');
          if (refused.status === 429) return refused;
          expect(refused.status).toBe(200);
        }
      };
      const refused = await refusedBurst();
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await refused.json()) as { code: string }).code).toBe('rate_limited');

      await expect
        .poll(
          async () => {
            await refusedBurst();
            const task = await f.page.goto(`/tasks/${taskId}`);
            return task?.status() === 200 && (await f.page.getByText(ru.TaskPage.loadError, { exact: true }).isVisible());
          },
          { timeout: 60_000, interval: 0 },
        )
        .toBe(true);
      await expect
        .poll(
          async () => {
            await refusedBurst();
            const list = await f.page.goto('/notifications');
            return list?.status() === 200 && (await f.page.getByText(ru.ErrorPage.text, { exact: true }).isVisible());
          },
          { timeout: 60_000, interval: 0 },
        )
        .toBe(true);
      await f.page.getByRole('link', { name: ru.ErrorPage.retry }).waitFor();
      expect(f.page.url()).toBe(`${e2e!.baseUrl}/notifications`);

      // And the neighbour still reads their pages, and their own API calls still have room.
      await neighbourSeesTheirPages(n.page);
      const room = await fetchAs(neighbourAddress, neighbour, '/api/v1/categories');
      expect(room.status).toBe(200);
      expect(Number(room.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
    } finally {
      await n.context.close();
      await f.context.close();
    }
  });
});
