import type { TAdminPaymentsResponse, TAdminPlan, TAdminSettings, TAdminStats, TAdminSubscriptionsResponse } from '@dastiyor/contracts';
import { getWithSession, isRecord, type SessionGetResult } from './session-api';

// Server only: the admin dashboard, plans, subscriptions, payments and settings pages read through these.

/** A page's search params as the API's query string: only the keys given, empty values dropped. */
export function queryOf(params: Record<string, string | string[] | undefined>, keys: readonly string[]): string {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    if (one) query.set(key, one);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);

export const statsKeys = ['from', 'to'] as const;
export const subscriptionsKeys = ['status', 'planId', 'providerId', 'cursor'] as const;
export const paymentFilterKeys = ['status', 'purpose', 'providerId', 'from', 'to'] as const;
export const paymentsKeys = [...paymentFilterKeys, 'cursor'] as const;

export function fetchAdminStats(query: string): Promise<SessionGetResult<TAdminStats>> {
  return getWithSession(`/api/v1/admin/stats${query}`, (body) => isRecord(body) && Array.isArray(body.days));
}

export function fetchAdminPlans(): Promise<SessionGetResult<{ items: TAdminPlan[] }>> {
  return getWithSession('/api/v1/admin/plans', isList);
}

export function fetchAdminSubscriptions(query: string): Promise<SessionGetResult<TAdminSubscriptionsResponse>> {
  return getWithSession(`/api/v1/admin/subscriptions${query}`, isList);
}

export function fetchAdminPayments(query: string): Promise<SessionGetResult<TAdminPaymentsResponse>> {
  return getWithSession(`/api/v1/admin/payments${query}`, isList);
}

export function fetchAdminSettings(): Promise<SessionGetResult<TAdminSettings>> {
  return getWithSession('/api/v1/admin/settings', (body) => isRecord(body) && isRecord(body.maintenance));
}
