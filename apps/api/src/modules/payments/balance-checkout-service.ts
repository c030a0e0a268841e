import type { TCheckoutResponse } from '@dastiyor/contracts';
import type { PlanRow } from '../subscriptions/index.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import { chargeBalance } from '../balance/index.js';
import { grantPeriod, lockProviderSubscription } from '../subscriptions/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { insertPayment } from './payments-repository.js';

/**
 * Buys a plan from the provider's balance in one transaction: a settled payment, the ledger charge
 * and the period commit together or not at all. Locks: subscription first, then the balance row
 * (the order every path uses). Not enough money: 409 `balance.insufficient`, nothing written.
 */
export async function payPlanFromBalance(
  deps: PaymentsDeps,
  providerId: string,
  plan: PlanRow,
  origin: RequestOrigin,
): Promise<TCheckoutResponse> {
  const now = deps.clock();
  const payment = await deps.db.transaction(async (tx) => {
    await lockProviderSubscription(tx, providerId);
    const row = await insertPayment(tx, {
      userId: providerId,
      purpose: 'plan',
      planId: plan.id,
      amount: plan.price,
      currency: 'TJS',
      provider: 'balance',
      method: 'balance',
      status: 'succeeded',
      paidAt: now,
      createdAt: now,
      updatedAt: now,
    });
    if (plan.price > 0) {
      await chargeBalance(tx, 'charge', { userId: providerId, amount: plan.price, paymentId: row.id, note: plan.code, now });
    }
    await grantPeriod(tx, { providerId, plan, source: 'payment', days: plan.durationDays, now, paymentId: row.id });
    await recordAudit(tx, now, origin, {
      actorId: providerId,
      action: 'payment.succeeded',
      targetType: 'payment',
      targetId: row.id,
      meta: { plan: plan.code, amount: plan.price, method: 'balance' },
    });
    return row;
  });
  return { paymentId: payment.id, redirectUrl: `${deps.publicUrl}/subscription?payment=succeeded`, status: 'succeeded' };
}
