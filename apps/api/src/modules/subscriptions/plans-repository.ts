import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { plans } from '../../db/schema/index.js';

export async function insertMissingPlans(db: DbOrTx, rows: Array<typeof plans.$inferInsert>): Promise<void> {
  await db.insert(plans).values(rows).onConflictDoNothing({ target: plans.code });
}

export function findActivePlans(db: DbOrTx) {
  return db.select().from(plans).where(eq(plans.isActive, true)).orderBy(asc(plans.sortOrder), asc(plans.price));
}
