import { ZTaskFeedQuery } from '@dastiyor/contracts';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser, referencePlaces } from '../../../test/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';
import { findSpellingFeedTasks, type SpellingLimits, spellingLimits } from './task-feed-spelling.js';
import { listFeedTasks } from './task-feed-service.js';

/**
 * Issue 14: a search nothing matches ran the typo check on every open task the feed index walked
 * (25 s at 1M tasks). On a table big enough for the planner to weigh its indexes, the statements the
 * service sends for such a search are explained with ANALYZE, and every plan node that checks spellings
 * is counted: outside the trigram index only the first window of the feed (one page) may be checked.
 */
const openTasks = 10_000;
const pageRows = 21;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Filter?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

const usesTrigramIndex = (node: PlanNode): boolean =>
  node['Index Name'] === 'tasks_feed_title_trgm_idx' || (node.Plans ?? []).some(usesTrigramIndex);

/** Rows each spelling check ran on, split by whether the trigram index proposed them. */
function spellingChecks(node: PlanNode, into = { byIndex: 0, elsewhere: 0 }) {
  if (node.Filter?.includes('<%')) {
    const rows = (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'];
    if (node['Node Type'] === 'Bitmap Heap Scan' && usesTrigramIndex(node)) into.byIndex += rows;
    else into.elsewhere += rows;
  }
  for (const child of node.Plans ?? []) spellingChecks(child, into);
  return into;
}

describe.runIf(inject('testDatabase').kind === 'postgres')(`a search that matches nothing, over ${openTasks} open tasks`, () => {
  let testDb: TestDatabase;
  let pool: pg.Pool;
  let db: Db;
  let statements: { sql: string; params: unknown[] }[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const customer = await createUser(testDb.database.db);
    const places = await referencePlaces(testDb.database.db);
    await testDb.database.db.execute(sql`
      insert into tasks (customer_id, title, description, category_id, subcategory_id, city_id, budget_type, budget_amount, status, published_at)
      select ${customer.id}, (array['Нужен мастер: ремонт холодильника', 'Собрать шкаф-купе', 'Таъмири мошин лозим', 'Уборка квартиры после ремонта',
               'Перевезти пианино на дачу', 'Репетитор по математике для 9 класса'])[1 + g % 6] || ' ' || g,
             'Описание задачи ' || g, ${places.categoryId}, ${places.subcategoryId}, ${places.cityId}, 'fixed', 10000, 'new',
             now() - g * interval '1 minute'
      from generate_series(1, ${openTasks}) g`);
    await testDb.database.db.execute(sql`analyze tasks`);
    pool = new pg.Pool({ connectionString: testDb.url!, max: 1, options: '-c pg_trgm.word_similarity_threshold=0.5' });
    db = drizzle(pool, { schema, logger: { logQuery: (text, params) => void statements.push({ sql: text, params }) } }) as unknown as Db;
  }, 60_000);

  afterAll(async () => {
    await pool?.end();
    await testDb?.drop();
  });

  for (const q of ['zzqxj', 'usto lozim', 'тамода']) {
    it(`checks spellings for "${q}" only where the trigram index points, beyond one page of the feed`, async () => {
      statements = [];
      const page = await listFeedTasks({ db, clock: () => new Date() }, ZTaskFeedQuery.parse({ q }), null);
      expect(page.items).toEqual([]);
      const checks = { byIndex: 0, elsewhere: 0 };
      let askedIndex = false;
      // Replayed in order, so each query is explained under the settings the service's transaction made.
      const client = await pool.connect();
      try {
        for (const statement of statements) {
          if (!/^\s*(with|select)\b/i.test(statement.sql) || statement.sql.includes('set_config')) {
            await client.query(statement.sql, statement.params);
            continue;
          }
          const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
            `explain (analyze, costs off, timing off, format json) ${statement.sql}`,
            statement.params,
          );
          const plan = rows[0]!['QUERY PLAN'][0].Plan;
          askedIndex ||= usesTrigramIndex(plan);
          const found = spellingChecks(plan);
          checks.byIndex += found.byIndex;
          checks.elsewhere += found.elsewhere;
        }
      } finally {
        client.release();
      }
      expect(askedIndex).toBe(true);
      expect(checks.elsewhere).toBeLessThanOrEqual(pageRows);
    });
  }

  // A close spelling of nearly every title: the windows and the index have thousands of rows to check.
  const costly = (limits: SpellingLimits) => findSpellingFeedTasks(db, { q: 'ремонта квартиры' }, 'budget_desc', null, pageRows, limits);

  it('answers 503 tasks.search_busy rather than hold a connection past its time limit', async () => {
    await expect(costly({ ...spellingLimits, cheapMs: 1, timeoutMs: 1 })).rejects.toMatchObject({ code: 'tasks.search_busy', status: 503 });
  });

  it('runs a search past cheapMs on a costly slot, and refuses it when none is free', async () => {
    const found = await costly({ ...spellingLimits, cheapMs: 1 });
    expect(found).toHaveLength(pageRows);
    const noSlots = { ...spellingLimits, cheapMs: 1, costly: { concurrent: 0, queued: 0, waitMs: 0 } };
    // Its own pool: the slots belong to the Db handle a search first ran on.
    const other = new pg.Pool({ connectionString: testDb.url!, max: 1, options: '-c pg_trgm.word_similarity_threshold=0.5' });
    try {
      const otherDb = drizzle(other, { schema }) as unknown as Db;
      await expect(findSpellingFeedTasks(otherDb, { q: 'ремонта квартиры' }, 'budget_desc', null, pageRows, noSlots)).rejects.toMatchObject(
        { code: 'tasks.search_busy', status: 503, extra: { retryAfter: 1 } },
      );
      // Known to be costly now: it goes straight to a slot, however long its first try may take.
      await expect(
        findSpellingFeedTasks(otherDb, { q: 'ремонта квартиры' }, 'budget_desc', null, pageRows, { ...noSlots, cheapMs: 60_000 }),
      ).rejects.toMatchObject({ code: 'tasks.search_busy' });
      // A cheap search (an index probe with no candidates) needs no slot.
      expect(await findSpellingFeedTasks(otherDb, { q: 'zzqxj' }, 'newest', null, pageRows, { ...noSlots, cheapMs: 1000 })).toEqual([]);
    } finally {
      await other.end();
    }
  });
});
