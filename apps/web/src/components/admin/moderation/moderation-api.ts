import { asVisitor, sessionApi, withQuery } from '@/lib/server-api';

// Server only: admin reads as the visiting admin (their cookie); the API checks the role on every call.

export type SearchParams = Record<string, string | string[] | undefined>;

/** One plain string from the URL, or undefined when absent, repeated or not among `allowed`. */
export function readParam<T extends string>(params: SearchParams, name: string, allowed?: readonly T[]): T | undefined {
  const value = params[name];
  if (typeof value !== 'string' || value === '') return undefined;
  if (allowed && !(allowed as readonly string[]).includes(value)) return undefined;
  return value as T;
}

/** `?a=1&b=2` of the defined values, or '' when there are none. */
export function queryString(values: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function fetchComplaints(filter: Record<string, string | undefined>) {
  return asVisitor(sessionApi.GET('/api/v1/admin/complaints', withQuery(queryString({ limit: '20', ...filter }))));
}

export function fetchAdminReviews(filter: Record<string, string | undefined>) {
  return asVisitor(sessionApi.GET('/api/v1/admin/reviews', withQuery(queryString({ limit: '20', ...filter }))));
}

export function fetchStopWords(locale: 'ru' | 'tg', cursor: string | undefined) {
  return asVisitor(sessionApi.GET('/api/v1/admin/stop-words', withQuery(queryString({ locale, limit: '50', cursor }))));
}
