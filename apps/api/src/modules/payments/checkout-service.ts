import type { TCheckoutResponse, TPayment } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { type PlanRow, findPlanById, findPlansByIds } from '../subscriptions/index.js';
import { payPlanFromBalance } from './balance-checkout-service.js';
import type { PaymentsDeps } from './payments-deps.js';
import { findUserPayments, insertPayment } from './payments-repository.js';

/**
 * Starts paying for a plan: by card, a pending payment and the acquirer's page to send the payer to;
 * from the balance, paid and active at once.
 */
export async function checkout(
  deps: PaymentsDeps,
  auth: AuthContext,
  input: { planId: string; method: 'card' | 'balance' },
  origin: RequestOrigin,
): Promise<TCheckoutResponse> {
  if (auth.user.role !== 'provider') throw new AppError('forbidden', 'Only providers buy plans');
  const plan = await findPlanById(deps.db, input.planId);
  if (!plan) throw notFound('No such plan');
  if (!plan.isActive) throw new AppError('plans.inactive', 'This plan is not on sale');
  if (input.method === 'balance') return payPlanFromBalance(deps, auth.user.id, plan, origin);
  const provider = deps.checkoutProvider;
  if (!provider) throw new AppError('service_unavailable', 'Payments are not available right now');
  const now = deps.clock();
  // The payment and its audit entry commit together; a half-recorded checkout is never left behind.
  const payment = await deps.db.transaction(async (tx) => {
    const row = await insertPayment(tx, {
      userId: auth.user.id,
      planId: plan.id,
      amount: plan.price,
      currency: 'TJS',
      provider: provider.name,
      method: provider.name === 'sandbox' ? 'sandbox' : 'card',
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'payment.created',
      targetType: 'payment',
      targetId: row.id,
      meta: { plan: plan.code, amount: plan.price },
    });
    return row;
  });
  const { redirectUrl } = await provider.createPayment({
    id: payment.id,
    amount: payment.amount,
    currency: payment.currency,
    description: `Dastiyor ${plan.code}`,
  });
  return { paymentId: payment.id, redirectUrl, status: 'pending' };
}

const planOf = (plans: Map<string, PlanRow>, id: string | null) => {
  const plan = id ? plans.get(id) : undefined;
  return plan ? { code: plan.code, name: plan.name } : null;
};

/** Payment history, newest first. */
export async function listMyPayments(
  deps: PaymentsDeps,
  auth: AuthContext,
  query: { cursor?: string; limit: number },
): Promise<{ items: TPayment[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findUserPayments(deps.db, auth.user.id, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  // The plan's name beside each payment (none for top-ups), from the subscriptions module in one lookup.
  const plans = await findPlansByIds(
    deps.db,
    page.flatMap((p) => (p.planId ? [p.planId] : [])),
  );
  return {
    items: page.map((payment) => ({
      id: payment.id,
      purpose: payment.purpose,
      plan: planOf(plans, payment.planId),
      amount: payment.amount,
      currency: payment.currency,
      method: payment.method,
      status: payment.status,
      createdAt: payment.createdAt.toISOString(),
      paidAt: payment.paidAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
