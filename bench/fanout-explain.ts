import type { Db } from '@dastiyor/api/src/db/client.js';
import * as schema from '@dastiyor/api/src/db/schema/index.js';
import { taskAlertSizes } from '@dastiyor/api/src/modules/notifications/task-alert-jobs.js';
import { findAlertRecipients, findAlertTask } from '@dastiyor/api/src/modules/notifications/task-alert-recipients-repository.js';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';

export interface ExplainedPage {
  name: string;
  sql: string;
  params: unknown[];
  plan: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the fan-out's own batch query, as the API sends it: the statement is
 * captured from `findAlertRecipients` through a logging drizzle instance, then explained with its
 * parameters (the task's own values, bound as the fan-out binds them). The first batch, and one deep in the task's order (the keyset at the given position).
 */
export async function explainAlertPages(databaseUrl: string, taskId: string, deepAt: number): Promise<ExplainedPage[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  let captured: { sql: string; params: unknown[] } | null = null;
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => void (captured = { sql, params }) } }) as unknown as Db;
  try {
    const pages: ExplainedPage[] = [];
    const task = await findAlertTask(db, taskId);
    if (!task) throw new Error('the task is no longer open');
    const all = await findAlertRecipients(db, task, null, deepAt);
    const deep = all.at(-1) ?? null;
    for (const [name, after] of [
      ['first batch', null],
      [`batch after recipient ${deepAt.toLocaleString('en')}`, deep],
    ] as const) {
      captured = null;
      await findAlertRecipients(db, task, after, taskAlertSizes.page);
      const statement = captured as { sql: string; params: unknown[] } | null;
      if (!statement) throw new Error('no SQL captured');
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.sql}`, statement.params);
      pages.push({ name, sql: statement.sql, params: statement.params, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    }
    return pages;
  } finally {
    await pool.end();
  }
}
