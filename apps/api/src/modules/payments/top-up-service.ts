import { AppError } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { assertBalanceHolder } from '../balance/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { insertPayment } from './payments-repository.js';

/** A pending top-up payment through the acquirer; its success webhook credits the ledger once. */
export async function checkoutTopUp(deps: PaymentsDeps, auth: AuthContext, amount: number, origin: RequestOrigin) {
  assertBalanceHolder(auth);
  const provider = deps.checkoutProvider;
  if (!provider) throw new AppError('service_unavailable', 'Payments are not available right now');
  const now = deps.clock();
  const payment = await insertPayment(deps.db, {
    userId: auth.user.id,
    purpose: 'top_up',
    planId: null,
    amount,
    currency: 'TJS',
    provider: provider.name,
    method: provider.name === 'sandbox' ? 'sandbox' : 'card',
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps.db, now, origin, {
    actorId: auth.user.id,
    action: 'payment.created',
    targetType: 'payment',
    targetId: payment.id,
    meta: { purpose: 'top_up', amount },
  });
  const { redirectUrl } = await provider.createPayment({
    id: payment.id,
    amount,
    currency: payment.currency,
    description: 'Dastiyor balance top-up',
  });
  return { paymentId: payment.id, redirectUrl };
}
