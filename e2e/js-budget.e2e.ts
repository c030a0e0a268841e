import path from 'node:path';
import { describe, expect, it } from 'vitest';
import budget from '../apps/web/js-budget.json' with { type: 'json' };
import { e2e } from './support/context.js';
import { firstLoadJs } from './support/first-load-js.js';

// Issue 18: the JavaScript a cold load downloads, per route, from the build global setup just made. A route
// over its ceiling fails here, so a heavy import is caught in the change that adds it.
const nextDir = path.resolve(import.meta.dirname, '..', 'apps', 'web', '.next');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ceilings: Record<string, number> = budget.ceilings;
const targets: Record<string, number> = budget.targets;

describe.runIf(e2e)('first-load JavaScript per route', () => {
  const weights = new Map([...firstLoadJs(nextDir)].map(([route, bytes]) => [route, kb(bytes)]));

  it('measures every page route the app has', () => {
    expect(weights.size).toBeGreaterThan(40);
    expect(weights.get('/')).toBeGreaterThan(100);
  });

  it('keeps every route under its ceiling in apps/web/js-budget.json, and every route has one', () => {
    const over = [...weights]
      .filter(([route, weight]) => weight > (ceilings[route] ?? 0))
      .map(([route, weight]) => `${route}: ${weight} KB > ${ceilings[route] ?? 'no ceiling'}`);
    const gone = Object.keys(ceilings).filter((route) => !weights.has(route));
    const table = [...weights]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, weight]) => `${String(weight).padStart(6)} KB (target ${targets[route] ?? targets['*']}) ${route}`);
    console.info(`[js-budget] first-load JS, gzip:\n${table.join('\n')}`);
    expect(over).toEqual([]);
    expect(gone).toEqual([]);
  });
});
