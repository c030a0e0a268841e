import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import budget from '../apps/web/js-budget.json' with { type: 'json' };
import { e2e, useBrowser } from './support/context.js';
import { firstLoadJs } from './support/first-load-js.js';
import { postTask } from './support/marketplace.js';
import { createAccount, signInContext } from './support/test-accounts.js';

// Issue 18: the JavaScript a cold load downloads, per route, from the build global setup just made, for a guest
// and for a signed-in person (whose header also loads the bell and sign-out chunks). A route over either ceiling
// fails here, so a heavy import is caught in the change that adds it.
const nextDir = path.resolve(import.meta.dirname, '..', 'apps', 'web', '.next');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ceilings: Record<string, { guest: number; signedIn: number }> = budget.ceilings;
const targets: Record<string, number> = budget.targets;

/** The chunk files a page's load fetched, relative to .next (as the manifests name them). */
async function scriptsFetchedBy(page: Page, url: string): Promise<string[]> {
  const fetched = new Set<string>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/_next/static/chunks/') && pathname.endsWith('.js')) fetched.add(pathname.slice('/_next/'.length));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return [...fetched].filter((chunk) => !chunk.includes('polyfills')).sort();
}

describe.runIf(e2e)('first-load JavaScript per route', () => {
  const routes = firstLoadJs(nextDir);
  const browser = useBrowser();

  it('measures every page route the app has, and the signed-in header costs more than a guest one', () => {
    expect(routes.size).toBeGreaterThan(40);
    expect(kb(routes.get('/')!.guest)).toBeGreaterThan(100);
    // Reading the lazily loaded chunks out of the layout still works (Turbopack's chunk loader format).
    expect(routes.get('/')!.signedIn - routes.get('/')!.guest).toBeGreaterThan(4 * 1024);
  });

  it('keeps every route under its ceilings in apps/web/js-budget.json, and every route has them', () => {
    const over: string[] = [];
    for (const [route, weight] of routes) {
      const ceiling = ceilings[route];
      if (!ceiling) over.push(`${route}: no ceiling`);
      else {
        if (kb(weight.guest) > ceiling.guest) over.push(`${route}: guest ${kb(weight.guest)} KB > ${ceiling.guest}`);
        if (kb(weight.signedIn) > ceiling.signedIn) over.push(`${route}: signed in ${kb(weight.signedIn)} KB > ${ceiling.signedIn}`);
      }
    }
    const gone = Object.keys(ceilings).filter((route) => !routes.has(route));
    const table = [...routes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([route, weight]) =>
          `${String(kb(weight.guest)).padStart(6)} ${String(kb(weight.signedIn)).padStart(6)} KB (target ${targets[route] ?? targets['*']}) ${route}`,
      );
    console.info(`[js-budget] first-load JS, gzip, guest and signed in:\n${table.join('\n')}`);
    expect(over).toEqual([]);
    expect(gone).toEqual([]);
  });

  it("fetches exactly the guest chunks on a guest's cold load, and only counted chunks with a session", async () => {
    const customer = await createAccount({ role: 'customer', name: 'Мадина Каримова' });
    const taskId = await postTask(customer, 'Повесить три полки в прихожей');
    for (const [url, route] of [
      ['/', '/'],
      [`/tasks/${taskId}`, '/tasks/[id]'],
    ] as const) {
      const weight = routes.get(route)!;
      const guest = await browser.page({ width: 375 });
      try {
        expect(await scriptsFetchedBy(guest.page, url), url).toEqual([...weight.guestChunks].sort());
      } finally {
        await guest.context.close();
      }
      const signedIn = await browser.page({ width: 375 });
      try {
        await signInContext(signedIn.context, customer.token);
        const fetched = await scriptsFetchedBy(signedIn.page, url);
        await expect.poll(() => signedIn.page.locator('[data-testid="notification-bell"]').count()).toBe(1);
        // The islands came (the header's; on the task page also the owner's actions), all counted when signed in.
        expect(fetched.length, url).toBeGreaterThan(weight.guestChunks.length);
        expect(
          fetched.filter((chunk) => !weight.signedInChunks.includes(chunk)),
          url,
        ).toEqual([]);
      } finally {
        await signedIn.context.close();
      }
    }
  });
});
