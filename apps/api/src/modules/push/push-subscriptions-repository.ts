import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type PushSubscriptionRow, pushSubscriptions } from './push.table.js';

export interface NewPushSubscription {
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  userAgent: string | null;
  createdAt: Date;
}

/**
 * One row per endpoint: a browser that subscribes again (new keys) or is now used by someone else
 * (sign-out, another sign-in) moves the row to the latest person instead of notifying both.
 */
export async function upsertPushSubscription(db: DbOrTx, s: NewPushSubscription): Promise<void> {
  await db
    .insert(pushSubscriptions)
    .values(s)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId: s.userId, p256dh: s.p256dh, auth: s.auth, userAgent: s.userAgent, createdAt: s.createdAt },
    });
}

export async function deletePushSubscription(db: DbOrTx, userId: string, endpoint: string): Promise<boolean> {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return gone.length > 0;
}

export async function deletePushSubscriptionById(db: DbOrTx, id: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export async function listPushSubscriptions(db: DbOrTx, userId: string): Promise<PushSubscriptionRow[]> {
  return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
}

export async function markPushSuccess(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .update(pushSubscriptions)
    .set({ lastSuccessAt: sql`${at.toISOString()}::timestamptz` })
    .where(eq(pushSubscriptions.id, id));
}

export async function countPushSubscriptions(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId));
  return row?.n ?? 0;
}

/** Every browser of many people, in one query (a batch delivery). */
export async function listPushSubscriptionsOf(db: DbOrTx, userIds: string[]): Promise<PushSubscriptionRow[]> {
  if (userIds.length === 0) return [];
  return db.select().from(pushSubscriptions).where(inArray(pushSubscriptions.userId, userIds));
}

/** What one batch delivery learnt, written in two statements: browsers reached, and browsers gone (404/410). */
export async function recordPushOutcomes(db: DbOrTx, outcome: { sent: string[]; gone: string[] }, at: Date): Promise<void> {
  if (outcome.gone.length > 0) await db.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, outcome.gone));
  if (outcome.sent.length > 0)
    await db
      .update(pushSubscriptions)
      .set({ lastSuccessAt: sql`${at.toISOString()}::timestamptz` })
      .where(inArray(pushSubscriptions.id, outcome.sent));
}
