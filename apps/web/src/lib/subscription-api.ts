import type { TPayment } from '@dastiyor/contracts';
import type { paths } from '@dastiyor/contracts/api-paths';
import { asGuest, asVisitor, publicApi, sessionApi } from './server-api';

// Server only: the subscription page and the sandbox checkout read through these.

/** What the sandbox checkout page shows (GET /api/v1/payments/sandbox/:paymentId). */
export type SandboxPayment = paths['/api/v1/payments/sandbox/{paymentId}']['get']['responses'][200]['content']['application/json'];

/** The first page of payment history; later pages come from the browser ("more"). */
export const paymentsPageSize = 10;

export function fetchPlans() {
  return asGuest(publicApi.GET('/api/v1/plans'));
}

export function fetchMySubscription() {
  return asVisitor(sessionApi.GET('/api/v1/me/subscription'));
}

export function fetchMyPayments() {
  return asVisitor(sessionApi.GET('/api/v1/me/payments', { params: { query: { limit: paymentsPageSize } } }));
}

/** The balance only: its ledger is not shown here (top-ups and charges are in the payment history). */
export function fetchMyBalance() {
  return asVisitor(sessionApi.GET('/api/v1/me/balance', { params: { query: { limit: 1 } } }));
}

/** Another person's payment or an unknown id both read as unavailable here; the page then 404s. */
export function fetchSandboxPayment(paymentId: string) {
  return asVisitor(sessionApi.GET('/api/v1/payments/sandbox/{paymentId}', { params: { path: { paymentId } } }));
}

/** The ways to pay the terminal takes and the origins a checkout may send the payer to; public, no session. */
export function fetchPaymentMethods() {
  return asGuest(publicApi.GET('/api/v1/payments/methods'));
}

/** One of my payments (return page, receipt): `missing` for an unknown id or another person's (the API's 404). */
export async function fetchMyPayment(paymentId: string): Promise<{ status: 'ok'; data: TPayment } | { status: 'missing' | 'unavailable' }> {
  const result = await asGuest(sessionApi.GET('/api/v1/me/payments/{paymentId}', { params: { path: { paymentId } } }));
  if (result.ok) return { status: 'ok', data: result.data };
  // 400: not a UUID at all; the page already checks, but the API's word is the one that counts.
  return result.reason === 'http' && (result.status === 404 || result.status === 400) ? { status: 'missing' } : { status: 'unavailable' };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A payment page's id segment that can name a payment at all; anything else is a 404 without asking the API. */
export const isPaymentId = (id: string) => uuidPattern.test(id);
