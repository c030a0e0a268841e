import type { TAdminRefundResponse } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { AcquirerUnavailable } from '../../platform/payments/payment-provider.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { type Actor, assertAdmin } from '../auth/index.js';
import { chargeBalance, creditBalance } from '../balance/index.js';
import { findPeriodByPayment, lockProviderSubscription, setPeriodRevoked } from '../subscriptions/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { lockPayment, updatePayment } from './payments-repository.js';

/**
 * An admin refund. A plan payment: the money goes back the way it came (the acquirer's refund, or a
 * credit to the balance) and the period it bought ends now. A top-up: the amount leaves the balance
 * again, refused (409 `balance.insufficient`) once it has been spent. Locks: payment, subscription,
 * balance, the order the webhook takes them in. The acquirer is called last, so a refusal there
 * rolls everything back.
 */
export async function refundPayment(
  deps: PaymentsDeps,
  admin: Actor,
  paymentId: string,
  reason: string,
  origin: RequestOrigin,
): Promise<TAdminRefundResponse> {
  assertAdmin(admin);
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const payment = await lockPayment(tx, paymentId);
    if (!payment) throw notFound('No such payment');
    if (payment.status !== 'succeeded')
      throw new AppError('conflict', `Only a succeeded payment can be refunded (this one is ${payment.status})`);
    let revokedPeriodId: string | null = null;
    const movement = { userId: payment.userId, amount: payment.amount, paymentId: payment.id, note: reason, now };
    if (payment.purpose === 'plan') {
      await lockProviderSubscription(tx, payment.userId);
      const period = await findPeriodByPayment(tx, payment.id);
      if (period && !period.revokedAt && period.endsAt > now) {
        await setPeriodRevoked(tx, period.id, now);
        revokedPeriodId = period.id;
      }
      if (payment.provider === 'balance' && payment.amount > 0) await creditBalance(tx, 'refund', movement);
    } else {
      await chargeBalance(tx, 'refund', movement);
    }
    await updatePayment(tx, payment.id, { status: 'refunded', updatedAt: now });
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: 'admin.payment_refunded',
      targetType: 'payment',
      targetId: payment.id,
      meta: { reason, amount: payment.amount, purpose: payment.purpose, revokedPeriodId },
    });
    if (payment.provider !== 'balance') {
      const acquirer = deps.providers.get(payment.provider);
      if (!acquirer) throw new AppError('service_unavailable', `The acquirer ${payment.provider} is not configured`);
      try {
        await acquirer.refund({ id: payment.id, amount: payment.amount, currency: payment.currency, transactionId: payment.transactionId });
      } catch (error) {
        if (!(error instanceof AcquirerUnavailable)) throw error;
        // Rolls the refund's records back: the money is where it was.
        if (error.refused) throw new AppError('payments.acquirer_refused', error.message);
        throw new AppError('payments.acquirer_unavailable', 'The bank did not answer; nothing was refunded, try again');
      }
    }
    return { paymentId: payment.id, status: 'refunded' as const, revokedPeriodId };
  });
}
