import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, ExecuteSql } from './client.js';

/**
 * Raw `$1…$n` SQL (pg-boss's own statements) run through drizzle on one connection or transaction, so a
 * library that takes a `db: { executeSql }` can write inside our transaction: its rows commit or roll
 * back with ours. Every `$n` becomes a bound parameter again; arrays stay one parameter. Only for
 * statements whose text holds no `$n` inside a literal, as pg-boss's do.
 */
export function executeSqlIn(db: DbOrTx): ExecuteSql {
  return async (text, values = []) => {
    const chunks: SQL[] = text
      .split(/\$(\d+)/)
      .map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`));
    const result = await db.execute(sql.join(chunks));
    // Both drivers answer an object with `rows` (node-postgres' QueryResult, PGlite's Results).
    return { rows: (result as unknown as { rows: unknown[] }).rows };
  };
}
