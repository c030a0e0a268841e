import type { TMySubscription } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import type { PlanRow } from './plans.table.js';
import { AppError } from '../../platform/http/errors.js';
import { startOfDushanbeDay } from '../../platform/time/dushanbe-day.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { findUserById } from '../users/index.js';
import { recordSubscriptionEvent } from './subscription-events-repository.js';
import { type SubscriptionState, daysRemaining, deriveSubscriptionState, switchCreditDays } from './subscription-state.js';
import {
  cancelOpenPeriods,
  uncancelOpenPeriods,
  claimTrial,
  endOpenPeriods,
  findPeriods,
  findPlanByCode,
  hasClaimedTrial,
  insertPeriod,
  lockProviderSubscription,
} from './subscriptions-repository.js';

export interface SubscriptionsDeps {
  db: Db;
  clock: () => Date;
  /**
   * Responses the provider sent since a moment, for "N of the plan's daily limit used". The responses module
   * answers it (wired in app.ts): it sits above subscriptions, which its own limit check depends on.
   */
  countResponsesSince: (db: DbOrTx, providerId: string, since: Date) => Promise<number>;
}

const dayMs = 86_400_000;

function assertProvider(auth: AuthContext) {
  if (auth.user.role !== 'provider') throw new AppError('forbidden', 'Subscriptions are for providers');
}

export async function subscriptionStateOf(db: DbOrTx, providerId: string, now: Date): Promise<SubscriptionState> {
  return deriveSubscriptionState(await findPeriods(db, providerId), now);
}

export async function getMySubscription(deps: SubscriptionsDeps, auth: AuthContext): Promise<TMySubscription> {
  assertProvider(auth);
  const now = deps.clock();
  const state = await subscriptionStateOf(deps.db, auth.user.id, now);
  const user = await findUserById(deps.db, auth.user.id);
  return {
    status: state.status,
    planCode: state.current?.planCode ?? null,
    planName: state.current?.planName ?? null,
    startsAt: state.current?.startsAt.toISOString() ?? null,
    endsAt: state.chainEnd?.toISOString() ?? null,
    daysRemaining: daysRemaining(state, now),
    responsesToday: await deps.countResponsesSince(deps.db, auth.user.id, startOfDushanbeDay(now)),
    dailyLimit: state.current?.dailyLimit ?? null,
    canRespond: state.canRespond,
    trialAvailable: user?.phone ? !(await hasClaimedTrial(deps.db, auth.user.id)) : false,
  };
}

/**
 * Adds a period of `plan` (payment, admin grant). Same plan while active: it extends from the end
 * of the current run. Another plan while active: switches at once and credits the unused paid
 * value as extra days of the new plan. Call inside the transaction holding the provider's lock.
 */
export async function grantPeriod(
  tx: DbOrTx,
  input: {
    providerId: string;
    plan: PlanRow;
    source: 'payment' | 'admin' | 'trial';
    days: number;
    now: Date;
    paymentId?: string | null;
    note?: string | null;
  },
) {
  const periods = await findPeriods(tx, input.providerId);
  const state = deriveSubscriptionState(periods, input.now);
  let startsAt = input.now;
  let days = input.days;
  if (state.current && state.chainEnd) {
    if (state.current.planId === input.plan.id) {
      // Buying the plan one has renews it: a cancellation is lifted and the new period follows on.
      await uncancelOpenPeriods(tx, input.providerId, input.now);
      startsAt = state.chainEnd;
    } else {
      days += switchCreditDays(periods, state, input.now, input.plan);
      await endOpenPeriods(tx, input.providerId, input.now);
    }
  }
  const period = await insertPeriod(tx, {
    providerId: input.providerId,
    planId: input.plan.id,
    source: input.source,
    startsAt,
    endsAt: new Date(startsAt.getTime() + Math.round(days * dayMs)),
    paymentId: input.paymentId ?? null,
    note: input.note ?? null,
    createdAt: input.now,
  });
  await recordSubscriptionEvent(tx, {
    providerId: input.providerId,
    type: 'subscription.activated',
    dedupeKey: `activated:${period.id}`,
    periodId: period.id,
    paymentId: period.paymentId,
    createdAt: input.now,
    payload: { planId: input.plan.id, source: input.source, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() },
  });
  return period;
}

/** The free trial: once per provider, only with a verified phone, never twice for one phone number. */
export async function startTrial(deps: SubscriptionsDeps, auth: AuthContext, origin: RequestOrigin): Promise<TMySubscription> {
  assertProvider(auth);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await lockProviderSubscription(tx, auth.user.id);
    const user = await findUserById(tx, auth.user.id);
    if (!user?.phone || !user.phoneVerifiedAt) {
      throw new AppError('subscriptions.phone_required', 'Verify a phone number to take the free trial');
    }
    if (await hasClaimedTrial(tx, user.id)) throw new AppError('subscriptions.trial_used', 'The free trial has already been used');
    if (!(await claimTrial(tx, user.phone, user.id, now)))
      throw new AppError('subscriptions.trial_used', 'The free trial has already been used with this phone number');
    const state = await subscriptionStateOf(tx, user.id, now);
    if (state.current) throw new AppError('conflict', 'A subscription is already active');
    const plan = await findPlanByCode(tx, 'standard');
    if (!plan || plan.trialDays <= 0) throw new AppError('conflict', 'No trial is offered now');
    if (!plan.isActive) throw new AppError('plans.inactive', 'The trial plan is not on sale now');
    await grantPeriod(tx, { providerId: user.id, plan, source: 'trial', days: plan.trialDays, now });
    await recordAudit(tx, now, origin, {
      actorId: user.id,
      action: 'subscription.trial_started',
      targetType: 'user',
      targetId: user.id,
      meta: { plan: plan.code },
    });
  });
  return getMySubscription(deps, auth);
}

/** Cancel: stays usable to the paid end, nothing follows it. */
export async function cancelSubscription(deps: SubscriptionsDeps, auth: AuthContext, origin: RequestOrigin): Promise<TMySubscription> {
  assertProvider(auth);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await lockProviderSubscription(tx, auth.user.id);
    const state = await subscriptionStateOf(tx, auth.user.id, now);
    if (state.status !== 'active') throw new AppError('conflict', 'There is no active subscription to cancel');
    await cancelOpenPeriods(tx, auth.user.id, now);
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'subscription.cancelled',
      targetType: 'user',
      targetId: auth.user.id,
    });
  });
  return getMySubscription(deps, auth);
}
