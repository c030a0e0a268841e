import { cookies } from 'next/headers';
import createClient from 'openapi-fetch';
import type { paths } from '@dastiyor/contracts/api-paths';
import { sessionCookieName } from '@dastiyor/contracts/values';
import { apiOrigin } from './api-origin';
import type { Answer } from './api-client';
import type { ApiResult } from './api';
import { visitorForwardingHeaders } from './visitor-headers';

// Server-side reads for pages, typed by the contract like the browser's client (api-client.ts). Short
// timeouts, so a slow API degrades a page to its "couldn't load" state instead of holding it hostage.

/** What a server-side read on behalf of the visitor can end in; pages turn each into a state, never a crash. */
export type SessionGetResult<T> = { status: 'ok'; data: T } | { status: 'guest' } | { status: 'unavailable' };

const timeoutMs = 3000;

const send = (request: Request, headers: Record<string, string>) =>
  fetch(request.url, { headers: { accept: 'application/json', ...headers }, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });

/**
 * As the visitor: only their session cookie and their address (visitor-headers.ts) are forwarded, nothing
 * else they sent. Without a session cookie nothing is sent at all: the answer is the API's own 401.
 */
export const sessionApi = createClient<paths>({
  baseUrl: apiOrigin,
  fetch: async (request) => {
    const token = (await cookies()).get(sessionCookieName)?.value;
    if (!token) return new Response(null, { status: 401 });
    return send(request, { cookie: `${sessionCookieName}=${token}`, ...(await visitorForwardingHeaders()) });
  },
});

/** Publicly, without a cookie, but counted against the visitor's address as their own request. */
export const publicApi = createClient<paths>({
  baseUrl: apiOrigin,
  fetch: async (request) => send(request, await visitorForwardingHeaders()),
});

/** A read as the visitor: their data, `guest` (no session, or it ended: 401), or `unavailable`; never throws. */
export async function asVisitor<T>(call: Promise<Answer<T>>): Promise<SessionGetResult<T>> {
  try {
    const { data, response } = await call;
    if (response.status === 401) return { status: 'guest' };
    return response.status === 200 && data !== undefined ? { status: 'ok', data } : { status: 'unavailable' };
  } catch {
    // No answer in time, or a body that is not JSON (a proxy's error page).
    return { status: 'unavailable' };
  }
}

/** A public read: the data, `http` with the status and problem code the API refused with, or `unreachable`. */
export async function asGuest<T>(call: Promise<Answer<T>>): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await call;
    if (response.status === 200 && data !== undefined) return { ok: true, data };
    if (response.ok) return { ok: false, reason: 'invalid' };
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    return { ok: false, reason: 'http', status: response.status, ...(code ? { code } : {}) };
  } catch (error) {
    // A timeout or refused connection is unreachable; an answer that is not JSON is a wrong upstream.
    return { ok: false, reason: error instanceof SyntaxError ? 'invalid' : 'unreachable' };
  }
}

/**
 * A query string built from a page's own URL filters (already reduced to well-formed values), sent as it is;
 * the API validates it like any other.
 */
export const withQuery = (query: string) => ({ querySerializer: () => query });
