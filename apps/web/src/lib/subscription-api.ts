import type { TMyBalance, TMySubscription, TPayment, TPlan } from '@dastiyor/contracts';
import { getJson, isRecord, type ApiResult } from './api';
import { getWithSession, type SessionGetResult } from './session-api';

// Server only: the subscription page and the sandbox checkout read through these.

/** What the sandbox checkout page shows (GET /api/v1/payments/sandbox/:id). */
export interface SandboxPayment {
  id: string;
  amount: number;
  currency: string;
  status: TPayment['status'];
  /** null for a balance top-up. */
  plan: { code: string; name: { ru: string; tg: string } } | null;
}

export interface PaymentsPage {
  items: TPayment[];
  nextCursor: string | null;
}

/** The first page of payment history; later pages come from the browser ("more"). */
export const paymentsPageSize = 10;

const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);
const looksLikeSubscription = (body: unknown) => isRecord(body) && typeof body.status === 'string' && typeof body.canRespond === 'boolean';
const looksLikeBalance = (body: unknown) => isRecord(body) && typeof body.balance === 'number';
const looksLikeSandboxPayment = (body: unknown) => isRecord(body) && typeof body.id === 'string' && typeof body.amount === 'number';

export function fetchPlans(): Promise<ApiResult<{ items: TPlan[] }>> {
  return getJson('/api/v1/plans', isList);
}

export function fetchMySubscription(): Promise<SessionGetResult<TMySubscription>> {
  return getWithSession('/api/v1/me/subscription', looksLikeSubscription);
}

export function fetchMyPayments(): Promise<SessionGetResult<PaymentsPage>> {
  return getWithSession(`/api/v1/me/payments?limit=${paymentsPageSize}`, isList);
}

/** The balance only: its ledger is not shown here (top-ups and charges are in the payment history). */
export function fetchMyBalance(): Promise<SessionGetResult<TMyBalance>> {
  return getWithSession('/api/v1/me/balance?limit=1', looksLikeBalance);
}

/** Another person's payment or an unknown id both read as unavailable here; the page then 404s. */
export function fetchSandboxPayment(paymentId: string): Promise<SessionGetResult<SandboxPayment>> {
  return getWithSession(`/api/v1/payments/sandbox/${encodeURIComponent(paymentId)}`, looksLikeSandboxPayment);
}
