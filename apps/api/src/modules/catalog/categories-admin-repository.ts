import { and, asc, eq, isNull, like, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { categories } from './catalog.table.js';

export type CategoryRow = typeof categories.$inferSelect;

/** Every category, inactive ones included, in display order. */
export function findAllCategories(db: DbOrTx) {
  return db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.slug));
}

export async function lockCategory(db: DbOrTx, id: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(categories).where(eq(categories.id, id)).limit(1).for('update');
  return row ?? null;
}

export async function findCategory(db: DbOrTx, id: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(categories).where(eq(categories.id, id)).limit(1);
  return row ?? null;
}

/** Slugs that start with `prefix` (slugs hold only a-z, 0-9 and '-', so nothing needs escaping for LIKE). */
export async function findSlugsStartingWith(db: DbOrTx, prefix: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: categories.slug })
    .from(categories)
    .where(like(categories.slug, `${prefix}%`));
  return new Set(rows.map((r) => r.slug));
}

/** The children of `parentId` (top level when null), locked, in display order. */
export function lockSiblings(db: DbOrTx, parentId: string | null) {
  return db
    .select()
    .from(categories)
    .where(parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId))
    .orderBy(asc(categories.sortOrder), asc(categories.slug))
    .for('update');
}

export async function maxSiblingOrder(db: DbOrTx, parentId: string | null): Promise<number | null> {
  const [row] = await db
    .select({ value: max(categories.sortOrder) })
    .from(categories)
    .where(parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId));
  return row?.value ?? null;
}

export async function insertCategory(db: DbOrTx, values: typeof categories.$inferInsert): Promise<CategoryRow> {
  const [row] = await db.insert(categories).values(values).returning();
  return row!;
}

export async function updateCategoryRow(db: DbOrTx, id: string, set: Partial<typeof categories.$inferInsert>): Promise<CategoryRow> {
  const [row] = await db.update(categories).set(set).where(eq(categories.id, id)).returning();
  return row!;
}

/** Sets sortOrder 10, 20, 30… in the order given, within one parent. */
export async function setSiblingOrder(db: DbOrTx, parentId: string | null, ids: string[], now: Date): Promise<void> {
  for (const [i, id] of ids.entries()) {
    await db
      .update(categories)
      .set({ sortOrder: (i + 1) * 10, updatedAt: now })
      .where(and(eq(categories.id, id), parentId ? eq(categories.parentId, parentId) : isNull(categories.parentId)));
  }
}
