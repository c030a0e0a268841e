import { and, asc, desc, eq, isNotNull, lt, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { paymentEvents, payments } from './payments.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export type PaymentRow = typeof payments.$inferSelect;

export async function insertPayment(db: DbOrTx, values: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [row] = await db.insert(payments).values(values).returning();
  return row!;
}

export async function findPayment(db: DbOrTx, id: string): Promise<PaymentRow | null> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).limit(1);
  return row ?? null;
}

export async function lockPayment(db: DbOrTx, id: string): Promise<PaymentRow | null> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).limit(1).for('update');
  return row ?? null;
}

export async function updatePayment(db: DbOrTx, id: string, set: Partial<typeof payments.$inferInsert>): Promise<void> {
  await db.update(payments).set(set).where(eq(payments.id, id));
}

/** Records an event once; false when this provider's event id was seen before (a replay). */
export async function recordPaymentEvent(db: DbOrTx, values: typeof paymentEvents.$inferInsert): Promise<boolean> {
  const rows = await db.insert(paymentEvents).values(values).onConflictDoNothing().returning({ id: paymentEvents.eventId });
  return rows.length > 0;
}

/** A user's payments, newest first, keyset on (created_at, id). */
export function findUserPayments(db: DbOrTx, userId: string, after: KeysetPosition | null, limit: number) {
  return db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.userId, userId),
        after ? or(lt(payments.createdAt, after.at), and(eq(payments.createdAt, after.at), lt(payments.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(limit);
}

/** Notes an unanswered or still-pending status check; a payment settled meanwhile is left alone. */
export async function notePendingCheck(
  db: DbOrTx,
  id: string,
  set: { checkedAt: Date; checkAttempts: number; nextCheckAt: Date; transactionId: string | null },
): Promise<void> {
  await db
    .update(payments)
    .set(set)
    .where(and(eq(payments.id, id), eq(payments.status, 'pending')));
}

/** Pending payments whose next status check is due, oldest due first (payments_next_check_idx). */
export function findPaymentsDueForCheck(db: DbOrTx, now: Date, limit: number): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(and(eq(payments.status, 'pending'), isNotNull(payments.nextCheckAt), lte(payments.nextCheckAt, now)))
    .orderBy(asc(payments.nextCheckAt))
    .limit(limit);
}
