import type { TCheckoutRequest, TCheckoutResponse, TPayment, TPaymentMethodsResponse } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { RequestOrigin } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { type PlanRow, findPlanById, findPlansByIds } from '../subscriptions/index.js';
import { payThroughAcquirer } from './acquirer-checkout.js';
import { payPlanFromBalance } from './balance-checkout-service.js';
import { refreshPendingPayment } from './payment-confirmation.js';
import type { PaymentsDeps } from './payments-deps.js';
import { type PaymentRow, findPayment, findUserPayments } from './payments-repository.js';

/**
 * Starts paying for a plan: by card, a pending payment and the acquirer's page to send the payer to;
 * from the balance, paid and active at once.
 */
export async function checkout(
  deps: PaymentsDeps,
  auth: AuthContext,
  input: { planId: string; method: TCheckoutRequest['method'] },
  origin: RequestOrigin,
): Promise<TCheckoutResponse> {
  if (auth.user.role !== 'provider') throw new AppError('forbidden', 'Only providers buy plans');
  const plan = await findPlanById(deps.db, input.planId);
  if (!plan) throw notFound('No such plan');
  if (!plan.isActive) throw new AppError('plans.inactive', 'This plan is not on sale');
  if (input.method === 'balance') return payPlanFromBalance(deps, auth.user.id, plan, origin);
  const started = await payThroughAcquirer(
    deps,
    auth.user.id,
    { purpose: 'plan', planId: plan.id, amount: plan.price, description: `Dastiyor: ${plan.name.ru}`, meta: { plan: plan.code } },
    input.method,
    origin,
  );
  return { ...started, status: 'pending' };
}

const planOf = (plans: Map<string, PlanRow>, id: string | null) => {
  const plan = id ? plans.get(id) : undefined;
  return plan ? { code: plan.code, name: plan.name } : null;
};

function presentPayment(payment: PaymentRow, plans: Map<string, PlanRow>): TPayment {
  return {
    id: payment.id,
    purpose: payment.purpose,
    plan: planOf(plans, payment.planId),
    amount: payment.amount,
    currency: payment.currency,
    method: payment.method,
    status: payment.status,
    transactionId: payment.transactionId,
    createdAt: payment.createdAt.toISOString(),
    paidAt: payment.paidAt?.toISOString() ?? null,
  };
}

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
    items: page.map((payment) => presentPayment(payment, plans)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/**
 * One of my payments: the return page's and the receipt's read. A pending one is asked about at the
 * acquirer on the way (at most every few seconds), so coming back from the bank's page settles it
 * even when the bank's callback is late or lost.
 */
export async function getMyPayment(deps: PaymentsDeps, auth: AuthContext, paymentId: string, origin: RequestOrigin): Promise<TPayment> {
  const found = await findPayment(deps.db, paymentId);
  if (!found || found.userId !== auth.user.id) throw notFound('No such payment');
  const payment = await refreshPendingPayment(deps, found, origin);
  const plans = await findPlansByIds(deps.db, payment.planId ? [payment.planId] : []);
  return presentPayment(payment, plans);
}

/** What a payer may choose, and where a checkout may send them. */
export function paymentMethods(deps: PaymentsDeps): TPaymentMethodsResponse {
  const provider = deps.checkoutProvider;
  if (!provider) return { methods: [], payOrigins: [] };
  const own = new URL(deps.publicUrl).origin;
  return { methods: [...provider.methods], payOrigins: [...new Set([own, ...provider.payOrigins])] };
}
