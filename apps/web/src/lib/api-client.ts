import type { TProblem } from '@dastiyor/contracts';

// Browser side: the API answers on this same origin (Next rewrites /api/*), so the session cookie and
// the API's Origin check work without any CORS.

/** Why a call failed: no answer at all, or an RFC 9457 problem from the API. */
export type ApiFailure = { kind: 'network' } | { kind: 'problem'; problem: Pick<TProblem, 'code' | 'errors' | 'retryAfter'> };
export type ApiOutcome<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

// Generous: a code request on a slow 3G connection may take a while, and giving up early only makes people resubmit.
const timeoutMs = 30_000;

function asProblem(status: number, body: unknown): ApiFailure {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  // No problem body at all: a proxy or gateway answered (the API process is down or restarting).
  const code = typeof record.code === 'string' ? record.code : status >= 500 ? 'service_unavailable' : 'internal';
  const errors = Array.isArray(record.errors) ? (record.errors as TProblem['errors']) : undefined;
  const retryAfter = typeof record.retryAfter === 'number' ? record.retryAfter : undefined;
  return { kind: 'problem', problem: { code, errors, retryAfter } };
}

/**
 * POSTs JSON to the API and never throws: the answer is the data or a failure the form can explain.
 * `locale` goes out as Accept-Language for the endpoints that pick the language of an email or SMS from it.
 */
export async function postToApi<T>(path: string, body: unknown, { locale }: { locale?: string } = {}): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(locale ? { 'accept-language': locale } : {}) },
      body: JSON.stringify(body ?? {}),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) return { ok: false, failure: asProblem(response.status, parsed) };
  return { ok: true, data: parsed as T };
}
