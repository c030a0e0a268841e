import { ZTaskFeedQuery } from '@dastiyor/contracts';
import type { Db } from '@dastiyor/api/src/db/client.js';
import * as schema from '@dastiyor/api/src/db/schema/index.js';
import { listFeedTasks } from '@dastiyor/api/src/modules/tasks/task-feed-service.js';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { FeedShape } from './feed-shapes.js';

export interface ExplainedShape {
  shape: FeedShape;
  /** The SQL the API sent for this request, exactly as drizzle built it, and its parameters. */
  sql: string;
  params: unknown[];
  plan: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the API's own SQL for each shape. The SQL is not re-written by
 * hand: the shape's query string goes through the contract's schema and the API's feed service
 * (`listFeedTasks`) over a drizzle instance whose logger records the statement and its parameters;
 * that statement is then explained with those parameters, on a connection with the API's settings.
 */
export async function explainFeedShapes(databaseUrl: string, shapes: FeedShape[]): Promise<ExplainedShape[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, options: '-c pg_trgm.word_similarity_threshold=0.5' });
  let captured: { sql: string; params: unknown[] } | null = null;
  const db = drizzle(pool, {
    schema,
    logger: { logQuery: (sql, params) => void (captured = { sql, params }) },
  }) as unknown as Db;
  try {
    const explained: ExplainedShape[] = [];
    for (const shape of shapes) {
      const query = ZTaskFeedQuery.parse(Object.fromEntries(new URL(shape.path, 'http://bench').searchParams));
      captured = null;
      // As a guest: the regular feed statement alone (a Premium provider's pinned block is explained apart).
      await listFeedTasks({ db, clock: () => new Date() }, query, null);
      const statement = captured as { sql: string; params: unknown[] } | null;
      if (!statement) throw new Error(`No SQL captured for ${shape.name}`);
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.sql}`, statement.params);
      explained.push({ shape, sql: statement.sql, params: statement.params, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    }
    return explained;
  } finally {
    await pool.end();
  }
}
