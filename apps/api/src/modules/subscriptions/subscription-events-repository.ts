import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { subscriptionEvents } from './subscription-events.table.js';
import { subscriptionPeriods } from './subscriptions.table.js';

export type SubscriptionEventType = (typeof subscriptionEvents.$inferInsert)['type'];
export type SubscriptionEventRow = typeof subscriptionEvents.$inferSelect;

/** Appends an event once per `dedupeKey`; false when it was recorded before. */
export async function recordSubscriptionEvent(
  db: DbOrTx,
  values: {
    providerId: string;
    type: SubscriptionEventType;
    dedupeKey: string;
    createdAt: Date;
    periodId?: string | null;
    paymentId?: string | null;
    payload?: unknown;
  },
): Promise<boolean> {
  const rows = await db
    .insert(subscriptionEvents)
    .values({ ...values, payload: values.payload ?? null })
    .onConflictDoNothing({ target: subscriptionEvents.dedupeKey })
    .returning({ id: subscriptionEvents.id });
  return rows.length > 0;
}

export function findEventsOf(db: DbOrTx, providerId: string) {
  return db
    .select()
    .from(subscriptionEvents)
    .where(eq(subscriptionEvents.providerId, providerId))
    .orderBy(asc(subscriptionEvents.createdAt), asc(subscriptionEvents.dedupeKey));
}

/**
 * Periods that end (not revoked) within (from, to] and that no other period of the same provider
 * carries on from: the end of a run of back-to-back periods, i.e. when the subscription itself ends.
 */
export function findRunEndsBetween(db: DbOrTx, from: Date, to: Date) {
  const next = sql`exists (
    select 1 from ${subscriptionPeriods} as q
    where q.provider_id = ${subscriptionPeriods.providerId} and q.id <> ${subscriptionPeriods.id}
      and q.starts_at <= ${subscriptionPeriods.endsAt}
      and least(coalesce(q.revoked_at, q.ends_at), q.ends_at) > ${subscriptionPeriods.endsAt}
  )`;
  return db
    .select({
      id: subscriptionPeriods.id,
      providerId: subscriptionPeriods.providerId,
      planId: subscriptionPeriods.planId,
      endsAt: subscriptionPeriods.endsAt,
    })
    .from(subscriptionPeriods)
    .where(
      and(
        gt(subscriptionPeriods.endsAt, from),
        lte(subscriptionPeriods.endsAt, to),
        isNull(subscriptionPeriods.revokedAt),
        sql`not ${next}`,
      ),
    )
    .orderBy(asc(subscriptionPeriods.endsAt))
    .limit(1000);
}

/**
 * The oldest events no one has turned into notifications yet, locked for the caller's transaction; two
 * runs at once skip each other's rows. The notifications module is their only reader.
 */
export function claimUnprocessedEvents(tx: DbOrTx, limit: number): Promise<SubscriptionEventRow[]> {
  return tx
    .select()
    .from(subscriptionEvents)
    .where(isNull(subscriptionEvents.processedAt))
    .orderBy(asc(subscriptionEvents.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markEventsProcessed(tx: DbOrTx, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(subscriptionEvents).set({ processedAt: now }).where(inArray(subscriptionEvents.id, ids));
}
