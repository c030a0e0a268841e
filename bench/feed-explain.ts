import { ZTaskFeedQuery } from '@dastiyor/contracts';
import type { Db } from '@dastiyor/api/src/db/client.js';
import * as schema from '@dastiyor/api/src/db/schema/index.js';
import { listFeedTasks } from '@dastiyor/api/src/modules/tasks/task-feed-service.js';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { FeedShape } from './feed-shapes.js';
import { hasSqlState } from '@dastiyor/api/src/db/sql-state.js';

export interface ExplainedStatement {
  /** A statement the API sent for this request, exactly as drizzle built it, and its parameters. */
  sql: string;
  params: unknown[];
  plan: string;
}

export interface ExplainedShape {
  shape: FeedShape;
  /** Every query of the request in order (a search asks whether words match before the page). */
  statements: ExplainedStatement[];
}

const isQuery = (sql: string) => /^\s*(with|select)\b/i.test(sql) && !sql.includes('set_config(');

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the API's own SQL for each shape. The SQL is not re-written by
 * hand: the shape's query string goes through the contract's schema and the API's feed service
 * (`listFeedTasks`) over a drizzle instance whose logger records every statement and its parameters;
 * they are then replayed in order on one connection with the API's settings, each query explained and
 * the rest (the typo fallback's begin, its local settings, commit) run as sent, so every plan is the one
 * the API's own transaction gets.
 */
export async function explainFeedShapes(databaseUrl: string, shapes: FeedShape[]): Promise<ExplainedShape[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, options: '-c pg_trgm.word_similarity_threshold=0.5' });
  let captured: { sql: string; params: unknown[] }[] = [];
  const db = drizzle(pool, {
    schema,
    logger: { logQuery: (sql, params) => void captured.push({ sql, params }) },
  }) as unknown as Db;
  try {
    const explained: ExplainedShape[] = [];
    for (const shape of shapes) {
      const query = ZTaskFeedQuery.parse(Object.fromEntries(new URL(shape.path, 'http://bench').searchParams));
      captured = [];
      // As a guest: the regular feed statements alone (a Premium provider's pinned block is explained apart).
      await listFeedTasks({ db, clock: () => new Date() }, query, null);
      if (!captured.some((s) => isQuery(s.sql))) throw new Error(`No SQL captured for ${shape.name}`);
      const statements: ExplainedStatement[] = [];
      for (const { sql, params } of captured) {
        if (!isQuery(sql)) {
          await pool.query(sql, params);
          continue;
        }
        try {
          const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params);
          statements.push({ sql, params, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
        } catch (error) {
          // The typo fallback's first try runs under a short statement timeout; past it the API rolled back
          // and started over on a slot (the statements that follow), so the replay does the same.
          if (!hasSqlState(error, '57014')) throw error;
          statements.push({ sql, params, plan: `cancelled by its statement timeout, as the API's first try may be: ${String(error)}` });
        }
      }
      explained.push({ shape, statements });
    }
    return explained;
  } finally {
    await pool.end();
  }
}
