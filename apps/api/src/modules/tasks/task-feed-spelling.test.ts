import type { TFeedSort } from '@dastiyor/contracts';
import { isNotNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser, referencePlaces } from '../../../test/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';
import { categories, tasks } from '../../db/schema/index.js';
import { type FeedRow, feedSortKey, findFeedTasks } from './task-feed-repository.js';
import { findSpellingFeedTasks, type SpellingLimits, spellingLimits } from './task-feed-spelling.js';
import { withTextFingerprint } from './task-repository.js';

/**
 * The typo fallback answers in steps (walk a window of the feed, walk further, ask the trigram index,
 * walk it all); whichever step answers, every page must be the one the plain walk of the feed gives.
 * Limits are tiny here so 60-task feeds reach every step: a page is 5 tasks (6 rows asked), the windows
 * 6 and 18 rows, the index at most 10 matches.
 */
const limits: SpellingLimits = { ...spellingLimits, windows: [1, 3], indexCap: 10 };
const pageSize = 5;
const plain = 'Починить кран на кухне';

/** One feed per subcategory, newest first (position 0), each with its own typo and matching titles. */
const feeds = {
  // The first window is all matches (4 is cancelled, so the window is 0-3, 5, 6).
  dense: { q: 'пылесас', title: 'Нужен пылесос для уборки', at: [0, 1, 2, 3, 4, 5, 6, 7, 30, 31] },
  // One hit in the first window, enough in the second.
  nearby: { q: 'холодилник', title: 'Ремонт холодильника', at: [2, 7, 9, 10, 11, 12, 13, 14, 40] },
  // No hit in the first window, few matches (two pages): the index has them all.
  sparse: { q: 'репититор', title: 'Нужен репетитор по химии', at: [35, 38, 41, 44, 47, 50, 53, 56] },
  // One hit in the first window, three in the second: with a cap of 40 the walk is expected to end sooner.
  patchy: { q: 'плотнек', title: 'Нужен плотник на дачу', at: [2, 10, 16, 25, 33, 41, 50] },
  // No hit in the first window, more matches than the index may hand over: the walk.
  deep: { q: 'стелаж', title: 'Собрать стеллаж', at: Array.from({ length: 40 }, (_, i) => 20 + i) },
} as const;
type FeedName = keyof typeof feeds;

let testDb: TestDatabase;
const subcategoryOf = {} as Record<FeedName, string>;
const base = Date.parse('2026-12-01T12:00:00Z');

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = testDb.database.db;
  const customer = await createUser(db);
  const places = await referencePlaces(db);
  const subs = await db.select().from(categories).where(isNotNull(categories.parentId)).limit(5);
  const rows: (typeof tasks.$inferInsert)[] = [];
  Object.keys(feeds).forEach((name, f) => {
    const feed = feeds[name as FeedName];
    const sub = subs[f]!;
    subcategoryOf[name as FeedName] = sub.id;
    for (let i = 0; i < 60; i++) {
      const matches = (feed.at as readonly number[]).includes(i);
      rows.push(
        withTextFingerprint({
          ...places,
          customerId: customer.id,
          categoryId: sub.parentId!,
          subcategoryId: sub.id,
          title: matches ? feed.title : plain,
          description: `Задача ${f}-${i}`,
          budgetType: i % 5 === 0 ? 'negotiable' : 'fixed',
          budgetAmount: i % 5 === 0 ? null : (i % 7) * 1000 + 500,
          startsAt: i % 3 === 0 ? null : new Date(base + (i % 4) * 3_600_000),
          // Every tenth task shares its time with the next one: the id must break the tie the same way.
          publishedAt: new Date(base - (i - (i % 10 === 1 ? 1 : 0)) * 60_000),
          // Matching titles the feed must never show, whichever step finds them.
          status: matches && i % 9 === 4 ? 'cancelled' : 'new',
          hiddenAt: matches && i === 13 ? new Date(base) : null,
        }),
      );
    }
  });
  await db.insert(tasks).values(rows);
});

afterAll(async () => {
  await testDb.drop();
});

type Find = typeof findFeedTasks;

/** Every page of `name`'s typo search, following the cursor as the service does. */
async function allPages(find: Find, name: FeedName, sort: TFeedSort): Promise<string[][]> {
  const filter = { subcategoryId: subcategoryOf[name], q: feeds[name].q, qMode: 'spelling' as const };
  const pages: string[][] = [];
  let after: { key: number; id: string } | null = null;
  for (let guard = 0; guard < 30; guard++) {
    const rows: FeedRow[] = await find(testDb.database.db, filter, sort, after, pageSize + 1);
    const page = rows.slice(0, pageSize);
    pages.push(page.map((row) => row.id));
    const last = page.at(-1);
    if (rows.length <= pageSize || !last) return pages;
    after = { key: feedSortKey(last, sort), id: last.id };
  }
  throw new Error('The pages did not end');
}

const stepped: Find = (db, filter, sort, after, limit) =>
  findSpellingFeedTasks(db as Db, { ...filter, q: filter.q! }, sort, after, limit, limits);

describe('the typo fallback, whichever step answers', () => {
  for (const name of Object.keys(feeds) as FeedName[]) {
    for (const sort of ['newest', 'budget_desc', 'budget_asc', 'date'] as const) {
      it(`lists the ${name} feed's close spellings exactly as the plain walk does (${sort})`, async () => {
        const expected = await allPages(findFeedTasks, name, sort);
        expect(expected.flat().length).toBeGreaterThan(0);
        expect(await allPages(stepped, name, sort)).toEqual(expected);
      });
    }
  }
});

/** Which steps a first page took, read from the statements sent (the CTE names say which step). */
describe.runIf(inject('testDatabase').kind === 'postgres')('the step that answers a first page', () => {
  let pool: pg.Pool;
  let statements: string[] = [];
  let db: Db;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: testDb.url!, max: 1, options: '-c pg_trgm.word_similarity_threshold=0.5' });
    db = drizzle(pool, { schema, logger: { logQuery: (sql) => void statements.push(sql) } }) as unknown as Db;
  });
  afterAll(() => pool.end());

  async function stepsFor(name: FeedName, stepLimits = limits) {
    statements = [];
    const rows = await findSpellingFeedTasks(
      db,
      { subcategoryId: subcategoryOf[name], q: feeds[name].q },
      'newest',
      null,
      pageSize + 1,
      stepLimits,
    );
    expect(rows.length).toBeGreaterThan(0);
    return statements.flatMap((sql) => {
      if (sql.includes('"spelling_window"')) return ['window'];
      if (sql.includes('"spelling_matches"')) return ['index'];
      if (sql.includes('<%')) return ['walk'];
      return [];
    });
  }

  it('is the first window when close spellings fill it', async () => {
    expect(await stepsFor('dense')).toEqual(['window']);
  });
  it('is the second window after a hit in the first', async () => {
    expect(await stepsFor('nearby')).toEqual(['window', 'window']);
  });
  it('is the trigram index when the first window has no hit and the matches are few', async () => {
    expect(await stepsFor('sparse')).toEqual(['window', 'index']);
  });
  it('is the walk when the second window has hits enough to expect a page within the cap', async () => {
    expect(await stepsFor('patchy', { ...limits, indexCap: 40 })).toEqual(['window', 'window', 'walk']);
    expect(await stepsFor('patchy')).toEqual(['window', 'window', 'index']);
  });
  it('is the walk when the index holds more matches than it may hand over', async () => {
    expect(await stepsFor('deep')).toEqual(['window', 'index', 'walk']);
  });
});

describe.runIf(inject('testDatabase').kind === 'postgres')('searches within cheapMs', () => {
  // No slot at all and no queue: a search past `cheapMs` would be refused (task-search-plan.test.ts). The
  // bound is wide so a busy test machine cannot push these past it; what they check is that none asks for a slot.
  const noSlots: SpellingLimits = { ...limits, cheapMs: 10_000, costly: { concurrent: 0, queued: 0, waitMs: 0 } };
  let pool: pg.Pool;
  let db: Db;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: testDb.url!, max: 2, options: '-c pg_trgm.word_similarity_threshold=0.5' });
    db = drizzle(pool, { schema }) as unknown as Db;
  });
  afterAll(() => pool.end());
  const find = (name: FeedName, sort: TFeedSort) =>
    findSpellingFeedTasks(db, { subcategoryId: subcategoryOf[name], q: feeds[name].q }, sort, null, pageSize + 1, noSlots);

  it('answer without a slot, whichever step finds them', async () => {
    const cases = [
      ['dense', 'newest'],
      ['nearby', 'newest'],
      ['sparse', 'newest'],
      ['deep', 'newest'],
      ['dense', 'budget_desc'],
    ] as const;
    for (const [name, sort] of cases) {
      const firstPage = (await allPages(findFeedTasks, name, sort))[0];
      expect((await find(name, sort)).slice(0, pageSize).map((row) => row.id)).toEqual(firstPage);
    }
  });
});
