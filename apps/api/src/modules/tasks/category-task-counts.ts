import { count } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { tasks } from './tasks.table.js';

/** How many tasks each category holds, as category or as subcategory: two grouped scans, no per-row count. */
export async function countTasksByCategory(db: DbOrTx): Promise<Map<string, number>> {
  const [byCategory, bySubcategory] = await Promise.all([
    db.select({ id: tasks.categoryId, n: count() }).from(tasks).groupBy(tasks.categoryId),
    db.select({ id: tasks.subcategoryId, n: count() }).from(tasks).groupBy(tasks.subcategoryId),
  ]);
  const counts = new Map<string, number>();
  for (const row of [...byCategory, ...bySubcategory]) counts.set(row.id, (counts.get(row.id) ?? 0) + Number(row.n));
  return counts;
}
