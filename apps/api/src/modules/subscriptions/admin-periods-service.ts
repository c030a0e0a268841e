import type { TAdminPeriod } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import type { subscriptionPeriods } from './subscriptions.table.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type Actor, assertAdmin } from '../auth/index.js';
import { findUserById } from '../users/index.js';
import { grantPeriod } from './subscriptions-service.js';
import { findPeriodById, findPlanById, lockPeriod, lockProviderSubscription, setPeriodRevoked } from './subscriptions-repository.js';

export interface AdminPeriodsDeps {
  db: Db;
  clock: () => Date;
}

type PeriodRow = typeof subscriptionPeriods.$inferSelect;

export function presentPeriod(row: PeriodRow): TAdminPeriod {
  return {
    id: row.id,
    providerId: row.providerId,
    planId: row.planId,
    source: row.source,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    paymentId: row.paymentId,
    note: row.note,
  };
}

/** Manual activation: `days` of a plan with source `admin`, following the same renew/switch rules as a purchase. */
export async function grantByAdmin(
  deps: AdminPeriodsDeps,
  admin: Actor,
  input: { providerId: string; planId: string; days: number; reason: string },
  origin: RequestOrigin,
): Promise<TAdminPeriod> {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const provider = await findUserById(tx, input.providerId);
    if (!provider || provider.role !== 'provider') throw notFound('No such provider');
    const plan = await findPlanById(tx, input.planId);
    if (!plan) throw notFound('No such plan');
    if (!plan.isActive) throw new AppError('plans.inactive', 'This plan is disabled; enable it before granting it');
    await lockProviderSubscription(tx, provider.id);
    const period = await grantPeriod(tx, { providerId: provider.id, plan, source: 'admin', days: input.days, now, note: input.reason });
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'admin.subscription_granted',
      targetType: 'user',
      targetId: provider.id,
      after: presentPeriod(period),
      meta: { plan: plan.code, days: input.days, reason: input.reason },
    });
    return presentPeriod(period);
  });
}

/** Ends one period now (revokedAt). 409 when it has already ended or was revoked. Call inside a transaction. */
export async function revokePeriodIn(tx: DbOrTx, periodId: string, now: Date): Promise<{ before: PeriodRow; after: PeriodRow }> {
  // The provider's lock before the row's, the order every subscription change takes them in.
  const found = await findPeriodById(tx, periodId);
  if (!found) throw notFound('No such subscription period');
  await lockProviderSubscription(tx, found.providerId);
  const before = (await lockPeriod(tx, periodId))!;
  if (before.revokedAt || before.endsAt <= now) throw new AppError('conflict', 'This period has already ended');
  return { before, after: await setPeriodRevoked(tx, before.id, now) };
}

export async function revokeByAdmin(
  deps: AdminPeriodsDeps,
  admin: Actor,
  periodId: string,
  reason: string,
  origin: RequestOrigin,
): Promise<TAdminPeriod> {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const { before, after } = await revokePeriodIn(tx, periodId, now);
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'admin.subscription_revoked',
      targetType: 'subscription_period',
      targetId: periodId,
      before: presentPeriod(before),
      after: presentPeriod(after),
      meta: { reason, providerId: before.providerId },
    });
    return presentPeriod(after);
  });
}
