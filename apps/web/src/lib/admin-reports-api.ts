import { asVisitor, sessionApi, withQuery } from './server-api';

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

export const statsKeys = ['from', 'to'] as const;
export const subscriptionsKeys = ['status', 'planId', 'providerId', 'cursor'] as const;
export const paymentFilterKeys = ['status', 'purpose', 'providerId', 'from', 'to'] as const;
export const paymentsKeys = [...paymentFilterKeys, 'cursor'] as const;

export function fetchAdminStats(query: string) {
  return asVisitor(sessionApi.GET('/api/v1/admin/stats', withQuery(query)));
}

export function fetchAdminPlans() {
  return asVisitor(sessionApi.GET('/api/v1/admin/plans'));
}

export function fetchAdminSubscriptions(query: string) {
  return asVisitor(sessionApi.GET('/api/v1/admin/subscriptions', withQuery(query)));
}

export function fetchAdminPayments(query: string) {
  return asVisitor(sessionApi.GET('/api/v1/admin/payments', withQuery(query)));
}

export function fetchAdminSettings() {
  return asVisitor(sessionApi.GET('/api/v1/admin/settings'));
}
