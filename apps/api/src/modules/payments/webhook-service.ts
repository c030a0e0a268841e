import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { WebhookRejected } from '../../platform/payments/payment-provider.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { creditBalance } from '../balance/index.js';
import { recordSubscriptionEvent, grantPeriod, findPlanById, lockProviderSubscription } from '../subscriptions/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { lockPayment, recordPaymentEvent, updatePayment } from './payments-repository.js';

export type WebhookOutcome = 'applied' | 'duplicate' | 'ignored';

/**
 * Applies an acquirer's event, idempotently: a replayed event id is recognised and changes nothing;
 * events for one payment are serialised on its row; a late "failed" never undoes "succeeded"; the
 * amount and currency must match what was asked. One payment grants exactly one period (or, for a
 * top-up, one ledger credit).
 */
export async function handlePaymentWebhook(
  deps: PaymentsDeps,
  providerName: string,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  origin: RequestOrigin,
): Promise<WebhookOutcome> {
  const provider = deps.providers.get(providerName);
  if (!provider) throw notFound('No such payment provider');
  const now = deps.clock();
  let event;
  try {
    event = provider.parseWebhook(rawBody, headers, now);
  } catch (error) {
    if (!(error instanceof WebhookRejected)) throw error;
    await recordAudit(deps.db, now, origin, {
      actorId: null,
      action: 'payment.webhook_rejected',
      targetType: 'payment_provider',
      meta: { provider: providerName, reason: error.message },
    });
    throw new AppError('validation.failed', `Webhook rejected: ${error.message}`);
  }
  const outcome = await deps.db.transaction(async (tx): Promise<WebhookOutcome | AppError> => {
    const payment = await lockPayment(tx, event.paymentId);
    if (!payment || payment.provider !== providerName) return notFound('No such payment');
    if (payment.amount !== event.amount || payment.currency !== event.currency) {
      return new AppError('validation.failed', 'The amount or currency does not match the payment');
    }
    if (
      !(await recordPaymentEvent(tx, {
        provider: providerName,
        eventId: event.id,
        paymentId: payment.id,
        type: event.type,
        payload: event,
      }))
    )
      return 'duplicate';
    if (event.type === 'payment.failed') {
      if (payment.status !== 'pending') return 'ignored';
      await updatePayment(tx, payment.id, { status: 'failed', failureReason: 'declined', updatedAt: now });
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
    if (payment.purpose === 'top_up') {
      await updatePayment(tx, payment.id, { status: 'succeeded', paidAt: now, failureReason: null, updatedAt: now });
      // The ledger's unique (payment, kind) is a second guard behind the payment row lock.
      await creditBalance(tx, 'top_up', { userId: payment.userId, amount: payment.amount, paymentId: payment.id, now });
      await recordAudit(tx, now, origin, {
        actorId: null,
        action: 'payment.succeeded',
        targetType: 'payment',
        targetId: payment.id,
        meta: { purpose: 'top_up', amount: payment.amount },
      });
      await recordPaymentSucceeded(tx, payment, now);
      return 'applied';
    }
    const plan = payment.planId ? await findPlanById(tx, payment.planId) : null;
    if (!plan) return notFound('No such plan');
    await updatePayment(tx, payment.id, { status: 'succeeded', paidAt: now, failureReason: null, updatedAt: now });
    await lockProviderSubscription(tx, payment.userId);
    await grantPeriod(tx, { providerId: payment.userId, plan, source: 'payment', days: plan.durationDays, now, paymentId: payment.id });
    await recordAudit(tx, now, origin, {
      actorId: null,
      action: 'payment.succeeded',
      targetType: 'payment',
      targetId: payment.id,
      meta: { plan: plan.code, amount: payment.amount },
    });
    await recordPaymentSucceeded(tx, payment, now);
    return 'applied';
  });
  if (outcome instanceof AppError) {
    await recordAudit(deps.db, now, origin, {
      actorId: null,
      action: 'payment.webhook_rejected',
      targetType: 'payment',
      targetId: null,
      meta: { provider: providerName, reason: outcome.detail, eventId: event.id },
    });
    throw outcome;
  }
  return outcome;
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
