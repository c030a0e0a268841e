import { randomUUID } from 'node:crypto';
import type { TPaymentWebhookEvent } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { signSandboxWebhook } from '../../platform/payments/sandbox-provider.js';
import type { AuthContext } from '../auth/index.js';
import { findPlanById } from '../subscriptions/index.js';
import type { PaymentsDeps } from './payments-deps.js';
import { findPayment } from './payments-repository.js';

/** Sends a signed webhook to our own endpoint, the way an outside acquirer would. */
export type DeliverWebhook = (body: string, signature: string) => Promise<{ statusCode: number }>;

async function ownSandboxPayment(deps: PaymentsDeps, auth: AuthContext, paymentId: string) {
  const payment = await findPayment(deps.db, paymentId);
  if (!payment || payment.userId !== auth.user.id || payment.provider !== 'sandbox') throw notFound('No such payment');
  return payment;
}

/** What the sandbox checkout page shows. */
export async function getSandboxPayment(deps: PaymentsDeps, auth: AuthContext, paymentId: string) {
  const payment = await ownSandboxPayment(deps, auth, paymentId);
  const plan = payment.planId ? await findPlanById(deps.db, payment.planId) : null;
  return {
    id: payment.id,
    purpose: payment.purpose,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    /** null for a balance top-up. */
    plan: plan ? { code: plan.code, name: plan.name } : null,
  };
}

/** The sandbox's Pay / Decline: the payer's choice becomes a signed webhook event. */
export async function completeSandboxPayment(
  deps: PaymentsDeps,
  auth: AuthContext,
  paymentId: string,
  outcome: 'success' | 'fail',
  secret: string,
  deliver: DeliverWebhook,
) {
  const payment = await ownSandboxPayment(deps, auth, paymentId);
  if (payment.status !== 'pending') throw new AppError('conflict', 'This payment is already settled');
  const now = deps.clock();
  const event: TPaymentWebhookEvent = {
    id: `evt_${randomUUID()}`,
    type: outcome === 'success' ? 'payment.succeeded' : 'payment.failed',
    paymentId: payment.id,
    amount: payment.amount,
    currency: payment.currency,
    createdAt: now.toISOString(),
  };
  const body = JSON.stringify(event);
  const delivered = await deliver(body, signSandboxWebhook(secret, body, now));
  if (delivered.statusCode >= 300) throw new AppError('service_unavailable', 'The payment could not be confirmed; try again');
  return getSandboxPayment(deps, auth, paymentId);
}
