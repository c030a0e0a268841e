import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { creditBalance } from '../balance/index.js';
import { findPlanById, grantPeriod, lockProviderSubscription, recordSubscriptionEvent } from '../subscriptions/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { lockPayment, recordPaymentEvent, updatePayment } from './payments-repository.js';

/** `applied`: it changed the payment; `duplicate`: this event was seen before; `ignored`: nothing left to change. */
export type PaymentOutcome = 'applied' | 'duplicate' | 'ignored';

/**
 * A final outcome: one the acquirer vouches for (its signed event, its answer to our status call), or
 * our own closing of a payment it never confirmed in time.
 */
export interface ConfirmedOutcome {
  paymentId: string;
  /** Unique per distinct event; the same one applied twice is recognised. */
  eventId: string;
  status: 'succeeded' | 'failed';
  /** Diram; a success without the amount it paid is refused. */
  amount: number | null;
  currency: string | null;
  transactionId: string | null;
  /** Why a failed one failed: the bank declined it, or it was never confirmed in time. */
  failureReason?: 'declined' | 'expired';
  /** What the acquirer said, kept with the event. */
  payload: object;
}

/**
 * The single path by which money changes anything, whoever learnt of it (a webhook, the return page,
 * the reconciliation job): idempotent on the event id, serialised on the payment's row, a late
 * "failed" never undoes "succeeded", the amount and currency must match what was asked, and one
 * payment grants exactly one period (or, for a top-up, one ledger credit).
 */
export async function applyPaymentOutcome(
  deps: PaymentsDeps,
  providerName: string,
  outcome: ConfirmedOutcome,
  origin: RequestOrigin,
): Promise<PaymentOutcome> {
  const now = deps.clock();
  const result = await deps.db.transaction(async (tx): Promise<PaymentOutcome | AppError> => {
    const payment = await lockPayment(tx, outcome.paymentId);
    if (!payment || payment.provider !== providerName) return notFound('No such payment');
    const amountOk = outcome.amount === null ? outcome.status === 'failed' : outcome.amount === payment.amount;
    if (!amountOk || (outcome.currency !== null && outcome.currency !== payment.currency)) {
      return new AppError('validation.failed', 'The amount or currency does not match the payment');
    }
    const type = outcome.status === 'succeeded' ? 'payment.succeeded' : 'payment.failed';
    if (
      !(await recordPaymentEvent(tx, {
        provider: providerName,
        eventId: outcome.eventId,
        paymentId: payment.id,
        type,
        payload: outcome.payload,
      }))
    )
      return 'duplicate';
    const transactionId = outcome.transactionId ?? payment.transactionId;
    if (outcome.status === 'failed') {
      if (payment.status !== 'pending') return 'ignored';
      const failed = { status: 'failed' as const, failureReason: outcome.failureReason ?? 'declined', transactionId, nextCheckAt: null };
      await updatePayment(tx, payment.id, { ...failed, updatedAt: now });
      await recordAudit(tx, now, origin, { actorId: null, action: 'payment.failed', targetType: 'payment', targetId: payment.id });
      await recordSubscriptionEvent(tx, {
        providerId: payment.userId,
        type: 'payment.failed',
        dedupeKey: `payment_failed:${payment.id}`,
        paymentId: payment.id,
        createdAt: now,
        payload: { purpose: payment.purpose, amount: payment.amount },
      });
      return 'applied';
    }
    if (payment.status === 'succeeded' || payment.status === 'refunded') return 'ignored';
    const paid = { status: 'succeeded' as const, paidAt: now, failureReason: null, transactionId, nextCheckAt: null, updatedAt: now };
    if (payment.purpose === 'top_up') {
      await updatePayment(tx, payment.id, paid);
      // The ledger's unique (payment, kind) is a second guard behind the payment row lock.
      await creditBalance(tx, 'top_up', { userId: payment.userId, amount: payment.amount, paymentId: payment.id, now });
      await recordAudit(tx, now, origin, {
        actorId: null,
        action: 'payment.succeeded',
        targetType: 'payment',
        targetId: payment.id,
        meta: { purpose: 'top_up', amount: payment.amount, transactionId },
      });
      await recordPaymentSucceeded(tx, payment, now);
      return 'applied';
    }
    const plan = payment.planId ? await findPlanById(tx, payment.planId) : null;
    if (!plan) return notFound('No such plan');
    await updatePayment(tx, payment.id, paid);
    await lockProviderSubscription(tx, payment.userId);
    await grantPeriod(tx, { providerId: payment.userId, plan, source: 'payment', days: plan.durationDays, now, paymentId: payment.id });
    await recordAudit(tx, now, origin, {
      actorId: null,
      action: 'payment.succeeded',
      targetType: 'payment',
      targetId: payment.id,
      meta: { plan: plan.code, amount: payment.amount, transactionId },
    });
    await recordPaymentSucceeded(tx, payment, now);
    return 'applied';
  });
  if (result instanceof AppError) {
    await recordAudit(deps.db, now, origin, {
      actorId: null,
      action: 'payment.webhook_rejected',
      targetType: 'payment',
      targetId: null,
      meta: { provider: providerName, reason: result.detail, eventId: outcome.eventId },
    });
    throw result;
  }
  return result;
}

/**
 * "Payment succeeded" for the notifications: only for payments through the acquirer, which finish
 * after the person may have left the page (a balance charge answers in their own request).
 */
function recordPaymentSucceeded(
  tx: DbOrTx,
  payment: { id: string; userId: string; purpose: string; amount: number },
  now: Date,
): Promise<boolean> {
  return recordSubscriptionEvent(tx, {
    providerId: payment.userId,
    type: 'payment.succeeded',
    dedupeKey: `payment_succeeded:${payment.id}`,
    paymentId: payment.id,
    createdAt: now,
    payload: { purpose: payment.purpose, amount: payment.amount },
  });
}
