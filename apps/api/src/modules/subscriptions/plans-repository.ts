import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { plans } from './plans.table.js';

export async function insertMissingPlans(db: DbOrTx, rows: Array<typeof plans.$inferInsert>): Promise<void> {
  await db.insert(plans).values(rows).onConflictDoNothing({ target: plans.code });
}

export function findActivePlans(db: DbOrTx) {
  return db.select().from(plans).where(eq(plans.isActive, true)).orderBy(asc(plans.sortOrder), asc(plans.price));
}

/** Every plan, disabled ones included, for admins. */
export function findAllPlans(db: DbOrTx) {
  return db.select().from(plans).orderBy(asc(plans.sortOrder), asc(plans.price));
}

export async function insertPlan(db: DbOrTx, values: typeof plans.$inferInsert) {
  const [row] = await db.insert(plans).values(values).returning();
  return row!;
}

export async function lockPlan(db: DbOrTx, id: string) {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).for('update');
  return row ?? null;
}

export async function updatePlanRow(db: DbOrTx, id: string, set: Partial<typeof plans.$inferInsert>) {
  const [row] = await db.update(plans).set(set).where(eq(plans.id, id)).returning();
  return row!;
}
