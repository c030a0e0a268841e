import { AcquirerUnavailable } from '../../platform/payments/payment-provider.js';
import type { RequestOrigin } from '../audit/index.js';
import { type PaymentOutcome, applyPaymentOutcome } from './payment-outcome.js';
import type { PaymentsDeps } from './payments-deps.js';
import { type PaymentRow, findPayment, notePendingCheck } from './payments-repository.js';

/**
 * How long and how often a pending payment is asked about. The first check waits for the callback
 * that normally comes; then the gap doubles up to an hour; after two days a payment the bank never
 * confirmed is closed as failed (nothing was charged that we know of; a late "paid" from the bank
 * still activates it, since a failed payment may become paid).
 */
export const confirmationPolicy = {
  firstCheckAfterMs: 2 * 60_000,
  maxGapMs: 60 * 60_000,
  giveUpAfterMs: 48 * 3600_000,
  /** The return page polls; it asks the bank at most this often per payment. */
  returnPageGapMs: 5_000,
} as const;

export function gapAfter(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.min(attempts, 10), confirmationPolicy.maxGapMs);
}

/** When a new payment through this acquirer is first asked about; null when there is no one to ask. */
export function firstCheckAt(deps: PaymentsDeps, providerName: string, now: Date): Date | null {
  return deps.providers.get(providerName)?.checkPayment ? new Date(now.getTime() + confirmationPolicy.firstCheckAfterMs) : null;
}

/** `pending`: the bank says not yet; `unavailable`: the bank did not answer (the job asks again later). */
export type Confirmation = PaymentOutcome | 'pending' | 'unavailable';

/**
 * Asks the acquirer what became of a pending payment and applies a final answer through the one
 * outcome path. Never trusts anything but the bank's own status call.
 */
export async function confirmWithAcquirer(
  deps: PaymentsDeps,
  payment: PaymentRow,
  origin: RequestOrigin,
  source: 'callback' | 'return' | 'reconcile',
): Promise<Confirmation> {
  const provider = deps.providers.get(payment.provider);
  if (payment.status !== 'pending' || !provider?.checkPayment) return 'ignored';
  const now = deps.clock();
  let check;
  try {
    check = await provider.checkPayment({
      id: payment.id,
      amount: payment.amount,
      currency: payment.currency,
      transactionId: payment.transactionId,
    });
  } catch (error) {
    if (!(error instanceof AcquirerUnavailable)) throw error;
    deps.log?.warn({ paymentId: payment.id, source, reason: error.message }, 'payment status check failed');
    await backOff(deps, payment, now, payment.transactionId);
    return 'unavailable';
  }
  if (check.status === 'succeeded' || check.status === 'failed') {
    const confirmed = applyPaymentOutcome(
      deps,
      payment.provider,
      {
        paymentId: payment.id,
        eventId: `check:${check.status}:${check.transactionId ?? payment.id}`,
        status: check.status,
        amount: check.amount,
        currency: check.currency,
        transactionId: check.transactionId,
        failureReason: 'declined',
        payload: { source, ...check },
      },
      origin,
    );
    // Refused (the bank confirms another amount than ours: audited there): ask again later, never in a loop.
    return confirmed.catch(async (error: unknown) => {
      await backOff(deps, payment, now, payment.transactionId);
      throw error;
    });
  }
  if (now.getTime() - payment.createdAt.getTime() >= confirmationPolicy.giveUpAfterMs) {
    return applyPaymentOutcome(
      deps,
      payment.provider,
      {
        paymentId: payment.id,
        eventId: `expired:${payment.id}`,
        status: 'failed',
        amount: null,
        currency: null,
        transactionId: check.transactionId,
        failureReason: 'expired',
        payload: { source, ...check },
      },
      origin,
    );
  }
  await backOff(deps, payment, now, check.transactionId ?? payment.transactionId);
  return 'pending';
}

function backOff(deps: PaymentsDeps, payment: PaymentRow, now: Date, transactionId: string | null) {
  return notePendingCheck(deps.db, payment.id, {
    checkedAt: now,
    checkAttempts: payment.checkAttempts + 1,
    nextCheckAt: new Date(now.getTime() + gapAfter(payment.checkAttempts + 1)),
    transactionId,
  });
}

/** The return page's read: a pending payment is asked about on the way, at most every few seconds. */
export async function refreshPendingPayment(deps: PaymentsDeps, payment: PaymentRow, origin: RequestOrigin): Promise<PaymentRow> {
  const now = deps.clock().getTime();
  if (payment.status !== 'pending' || (payment.checkedAt && now - payment.checkedAt.getTime() < confirmationPolicy.returnPageGapMs))
    return payment;
  await confirmWithAcquirer(deps, payment, origin, 'return');
  return (await findPayment(deps.db, payment.id)) ?? payment;
}
