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
