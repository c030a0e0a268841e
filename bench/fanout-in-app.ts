import type { Db } from '@dastiyor/api/src/db/client.js';
import * as schema from '@dastiyor/api/src/db/schema/index.js';
import { matchingTasksCountCap } from '@dastiyor/contracts';
import { countMatchingTasks, countMatchingTasksOf } from '@dastiyor/api/src/modules/tasks/matching-tasks-repository.js';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { ExplainedPage } from './fanout-explain.js';

export interface InAppReach {
  /** Providers of the task's city the API's own count was asked about. */
  checked: number;
  /** Of the matching ones (counted apart, bench's rule): how many the API counts the task for. */
  reached: number;
  /** Providers of the city the API counts it for though the bench's rule says they do not match. */
  wrong: number;
  /** The slowest round of 1,000 counts, ms. */
  slowestRoundMs: number;
}

const perRound = 1000;

/**
 * Whether every matching provider has the task in-app, asked of the API's own computed count (decision 015)
 * for every provider of the task's city: counting only tasks published since just before it, the count is 1
 * exactly for those the bench's separate rule (`expectedMatching`) says match. Call before anything else is
 * published.
 */
export async function inAppReach(databaseUrl: string, taskId: string, expectedMatching: Set<string>): Promise<InAppReach> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const db = drizzle(pool, { schema }) as unknown as Db;
  try {
    const { rows: task } = await pool.query<{ published_at: Date; city_id: string }>(
      `select published_at, city_id from tasks where id = $1`,
      [taskId],
    );
    const after = new Date(task[0]!.published_at.getTime() - 1);
    const { rows: city } = await pool.query<{ user_id: string }>(
      // Only active accounts: a blocked provider cannot sign in to see a count.
      `select p.user_id from provider_profiles p join users u on u.id = p.user_id and u.status = 'active'
       where p.service_city_id = $1 order by p.user_id`,
      [task[0]!.city_id],
    );
    const result: InAppReach = { checked: 0, reached: 0, wrong: 0, slowestRoundMs: 0 };
    for (let i = 0; i < city.length; i += perRound) {
      const windows = city.slice(i, i + perRound).map((r) => ({ providerId: r.user_id, after }));
      const started = performance.now();
      const counts = await countMatchingTasksOf(db, windows, matchingTasksCountCap);
      result.slowestRoundMs = Math.max(result.slowestRoundMs, performance.now() - started);
      for (const { providerId } of windows) {
        const counted = (counts.get(providerId) ?? 0) > 0;
        result.checked += 1;
        if (counted && expectedMatching.has(providerId)) result.reached += 1;
        if (counted && !expectedMatching.has(providerId)) result.wrong += 1;
      }
    }
    return result;
  } finally {
    await pool.end();
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the bell's count for one provider as the API sends it (a week back, capped),
 * captured through a logging drizzle instance like the fan-out's batch query.
 */
export async function explainMatchingCount(databaseUrl: string, providerId: string): Promise<ExplainedPage> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  let captured: { sql: string; params: unknown[] } | null = null;
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => void (captured = { sql, params }) } }) as unknown as Db;
  try {
    const after = new Date(Date.now() - 7 * 86_400_000);
    await countMatchingTasks(db, providerId, { after }, matchingTasksCountCap);
    const statement = captured as { sql: string; params: unknown[] } | null;
    if (!statement) throw new Error('no SQL captured');
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.sql}`, statement.params);
    return {
      name: 'the bell’s matching count, one provider',
      sql: statement.sql,
      params: statement.params,
      plan: rows.map((r) => r['QUERY PLAN']).join('\n'),
    };
  } finally {
    await pool.end();
  }
}
