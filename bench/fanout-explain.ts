import type { Db } from '@dastiyor/api/src/db/client.js';
import * as schema from '@dastiyor/api/src/db/schema/index.js';
import { taskAlertSizes } from '@dastiyor/api/src/modules/notifications/task-alert-jobs.js';
import {
  findAlertRecipientDetails,
  findAlertTask,
  findMatchingOrder,
} from '@dastiyor/api/src/modules/notifications/task-alert-recipients-repository.js';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';

export interface ExplainedPage {
  name: string;
  sql: string;
  params: unknown[];
  plan: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the fan-out's own queries, as the API sends them: each statement is
 * captured through a logging drizzle instance, then explained with its parameters (the task's own
 * values, bound as the fan-out binds them). The order read ahead from the start and from deep in the
 * task's order (the keyset at the given position), and the details of one batch.
 */
export async function explainAlertPages(databaseUrl: string, taskId: string, deepAt: number): Promise<ExplainedPage[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  let captured: { sql: string; params: unknown[] } | null = null;
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => void (captured = { sql, params }) } }) as unknown as Db;
  try {
    const task = await findAlertTask(db, taskId);
    if (!task) throw new Error('the task is no longer open');
    const upTo = await findMatchingOrder(db, task, null, deepAt);
    const steps: Array<[string, () => Promise<unknown>]> = [
      [`matching order, first ${taskAlertSizes.order.toLocaleString('en')}`, () => findMatchingOrder(db, task, null, taskAlertSizes.order)],
      [
        `matching order after recipient ${deepAt.toLocaleString('en')}`,
        () => findMatchingOrder(db, task, upTo.at(-1) ?? null, taskAlertSizes.order),
      ],
      [
        `one batch's details (${taskAlertSizes.page.toLocaleString('en')} recipients)`,
        () => findAlertRecipientDetails(db, upTo.slice(0, taskAlertSizes.page)),
      ],
    ];
    const pages: ExplainedPage[] = [];
    for (const [name, run] of steps) {
      captured = null;
      await run();
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
