import type { TPaymentMethodId } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { AcquirerUnavailable, type PaymentProvider } from '../../platform/payments/payment-provider.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { firstCheckAt } from './payment-confirmation.js';
import { type PaymentRow, insertPayment, updatePayment } from './payments-repository.js';

/** The acquirer that takes new payments; 503 when none is configured. */
function checkoutAcquirer(deps: PaymentsDeps): PaymentProvider {
  if (!deps.checkoutProvider) throw new AppError('service_unavailable', 'Payments are not available right now');
  return deps.checkoutProvider;
}

/** `card` is the acquirer's first method; any other must be one it takes. */
function methodFor(provider: PaymentProvider, choice: 'card' | TPaymentMethodId): TPaymentMethodId {
  const method = choice === 'card' ? provider.methods[0] : provider.methods.find((m) => m === choice);
  if (!method) throw new AppError('payments.method_unavailable', `This terminal does not take ${choice}`);
  return method;
}

/**
 * Pays through the acquirer: the pending payment and its audit entry commit together (a half-recorded
 * checkout is never left behind), then the bank opens it; the answer is the page to send the payer to.
 */
export async function payThroughAcquirer(
  deps: PaymentsDeps,
  userId: string,
  what: { purpose: 'plan' | 'top_up'; planId: string | null; amount: number; description: string; meta: Record<string, unknown> },
  choice: 'card' | TPaymentMethodId,
  origin: RequestOrigin,
): Promise<{ paymentId: string; redirectUrl: string }> {
  const provider = checkoutAcquirer(deps);
  const method = methodFor(provider, choice);
  const now = deps.clock();
  const payment = await deps.db.transaction(async (tx) => {
    const row = await insertPayment(tx, {
      userId,
      purpose: what.purpose,
      planId: what.planId,
      amount: what.amount,
      currency: 'TJS',
      provider: provider.name,
      method,
      nextCheckAt: firstCheckAt(deps, provider.name, now),
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, now, origin, {
      actorId: userId,
      action: 'payment.created',
      targetType: 'payment',
      targetId: row.id,
      meta: { ...what.meta, amount: what.amount, method },
    });
    return row;
  });
  const { redirectUrl } = await startAtAcquirer(deps, provider, payment, method, what.description, origin);
  return { paymentId: payment.id, redirectUrl };
}

/**
 * Opens the payment at the acquirer, once its row exists (our payment id is the bank's order id). A
 * refusal or silence closes the payment as failed — nothing was charged — and answers 503.
 */
async function startAtAcquirer(
  deps: PaymentsDeps,
  provider: PaymentProvider,
  payment: PaymentRow,
  method: TPaymentMethodId,
  description: string,
  origin: RequestOrigin,
): Promise<{ redirectUrl: string }> {
  try {
    return await provider.createPayment({
      id: payment.id,
      amount: payment.amount,
      currency: payment.currency,
      method,
      description,
      returnUrl: `${deps.publicUrl}/payments/return/${payment.id}`,
      callbackUrl: `${deps.publicUrl}/api/v1/payments/webhooks/${provider.name}`,
      email: null,
      phone: null,
    });
  } catch (error) {
    if (!(error instanceof AcquirerUnavailable)) throw error;
    const now = deps.clock();
    await updatePayment(deps.db, payment.id, { status: 'failed', failureReason: 'not_started', nextCheckAt: null, updatedAt: now });
    await recordAudit(deps.db, now, origin, {
      actorId: null,
      action: 'payment.start_failed',
      targetType: 'payment',
      targetId: payment.id,
      meta: { provider: provider.name, reason: error.message, refused: error.refused },
    });
    deps.log?.warn({ paymentId: payment.id, reason: error.message }, 'the acquirer did not open a payment');
    throw new AppError('payments.acquirer_unavailable', 'The bank did not open the payment; nothing was charged, try again');
  }
}
