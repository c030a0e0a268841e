import { and, asc, count, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type PlanRow, plans } from './plans.table.js';
import { subscriptionPeriods, trialClaims } from './subscriptions.table.js';
import type { Period } from './subscription-state.js';

/** Every period of a provider with its plan's terms, oldest first. */
export async function findPeriods(db: DbOrTx, providerId: string): Promise<Period[]> {
  const rows = await db
    .select({
      id: subscriptionPeriods.id,
      planId: plans.id,
      planCode: plans.code,
      planName: plans.name,
      planPrice: plans.price,
      planDurationDays: plans.durationDays,
      dailyLimit: plans.dailyResponseLimit,
      source: subscriptionPeriods.source,
      startsAt: subscriptionPeriods.startsAt,
      endsAt: subscriptionPeriods.endsAt,
      cancelledAt: subscriptionPeriods.cancelledAt,
      revokedAt: subscriptionPeriods.revokedAt,
    })
    .from(subscriptionPeriods)
    .innerJoin(plans, eq(plans.id, subscriptionPeriods.planId))
    .where(eq(subscriptionPeriods.providerId, providerId))
    .orderBy(asc(subscriptionPeriods.startsAt));
  return rows;
}

/** Serialises changes to one provider's subscription (buy, switch, trial, cancel, respond). */
export async function lockProviderSubscription(db: DbOrTx, providerId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`subscription:${providerId}`}, 0))`);
}

export async function insertPeriod(db: DbOrTx, values: typeof subscriptionPeriods.$inferInsert) {
  const [row] = await db.insert(subscriptionPeriods).values(values).returning();
  return row!;
}

export async function cancelOpenPeriods(db: DbOrTx, providerId: string, now: Date): Promise<number> {
  const rows = await db
    .update(subscriptionPeriods)
    .set({ cancelledAt: now })
    .where(
      and(
        eq(subscriptionPeriods.providerId, providerId),
        isNull(subscriptionPeriods.cancelledAt),
        isNull(subscriptionPeriods.revokedAt),
        gte(subscriptionPeriods.endsAt, now),
      ),
    )
    .returning({ id: subscriptionPeriods.id });
  return rows.length;
}

export async function uncancelOpenPeriods(db: DbOrTx, providerId: string, now: Date): Promise<void> {
  await db
    .update(subscriptionPeriods)
    .set({ cancelledAt: null })
    .where(
      and(eq(subscriptionPeriods.providerId, providerId), isNull(subscriptionPeriods.revokedAt), gte(subscriptionPeriods.endsAt, now)),
    );
}

/** Ends every period still running or queued at `now` (a plan switch or an admin revocation). */
export async function endOpenPeriods(db: DbOrTx, providerId: string, now: Date): Promise<void> {
  await db
    .update(subscriptionPeriods)
    .set({ revokedAt: now })
    .where(
      and(eq(subscriptionPeriods.providerId, providerId), isNull(subscriptionPeriods.revokedAt), gte(subscriptionPeriods.endsAt, now)),
    );
}

export async function findPlanById(db: DbOrTx, planId: string) {
  const [row] = await db.select().from(plans).where(eq(plans.id, planId)).limit(1);
  return row ?? null;
}

/** Plans by id, for lists that show a plan's name beside their own rows: one query for the page. */
export async function findPlansByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, PlanRow>();
  const rows = await db
    .select()
    .from(plans)
    .where(inArray(plans.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findPlanByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(plans).where(eq(plans.code, code)).limit(1);
  return row ?? null;
}

/** Records the phone's one trial; false when it was claimed before (by any account). */
export async function claimTrial(db: DbOrTx, phone: string, providerId: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(trialClaims)
    .values({ phone, providerId, createdAt: now })
    .onConflictDoNothing()
    .returning({ phone: trialClaims.phone });
  return rows.length > 0;
}

export async function hasClaimedTrial(db: DbOrTx, providerId: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(trialClaims).where(eq(trialClaims.providerId, providerId));
  return Number(row?.n ?? 0) > 0;
}

export async function lockPeriod(db: DbOrTx, id: string) {
  const [row] = await db.select().from(subscriptionPeriods).where(eq(subscriptionPeriods.id, id)).for('update');
  return row ?? null;
}

export async function findPeriodByPayment(db: DbOrTx, paymentId: string) {
  const [row] = await db.select().from(subscriptionPeriods).where(eq(subscriptionPeriods.paymentId, paymentId));
  return row ?? null;
}

export async function setPeriodRevoked(db: DbOrTx, id: string, at: Date) {
  const [row] = await db.update(subscriptionPeriods).set({ revokedAt: at }).where(eq(subscriptionPeriods.id, id)).returning();
  return row!;
}

export async function findPeriodById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(subscriptionPeriods).where(eq(subscriptionPeriods.id, id));
  return row ?? null;
}
