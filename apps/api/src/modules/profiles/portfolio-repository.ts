import { and, asc, count, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { portfolioItems } from './profiles.table.js';

/** File ids of a provider's portfolio in display order (oldest first). */
export async function findPortfolioFileIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ fileId: portfolioItems.fileId })
    .from(portfolioItems)
    .where(eq(portfolioItems.userId, userId))
    .orderBy(asc(portfolioItems.sortOrder), asc(portfolioItems.createdAt));
  return rows.map((r) => r.fileId);
}

export async function countPortfolioItems(db: DbOrTx, userId: string): Promise<{ count: number; lastSortOrder: number }> {
  const [row] = await db
    .select({ n: count(), last: max(portfolioItems.sortOrder) })
    .from(portfolioItems)
    .where(eq(portfolioItems.userId, userId));
  return { count: Number(row?.n ?? 0), lastSortOrder: row?.last ?? -1 };
}

export async function insertPortfolioItem(tx: DbOrTx, values: typeof portfolioItems.$inferInsert) {
  await tx.insert(portfolioItems).values(values);
}

/** Removes one item of this provider; someone else's file id matches nothing. */
export async function deletePortfolioItem(tx: DbOrTx, userId: string, fileId: string): Promise<boolean> {
  const rows = await tx
    .delete(portfolioItems)
    .where(and(eq(portfolioItems.userId, userId), eq(portfolioItems.fileId, fileId)))
    .returning({ fileId: portfolioItems.fileId });
  return rows.length > 0;
}
