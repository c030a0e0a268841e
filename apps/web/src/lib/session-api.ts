import { cookies } from 'next/headers';
import { visitorForwardingHeaders } from './visitor-headers';
import { apiOrigin } from './api-origin';

const sessionCookieName = 'dastiyor_session';
const timeoutMs = 3000;

/** What a server-side read on behalf of the visitor can end in; pages turn each into a state, never a crash. */
export type SessionGetResult<T> = { status: 'ok'; data: T } | { status: 'guest' } | { status: 'unavailable' };

/**
 * GET an API path as the visitor: only their session cookie and their address (visitor-headers.ts) are
 * forwarded, nothing else they sent; the answer is never cached, and a slow API gives up after 3 s. No
 * cookie or a 401 means a guest.
 */
export async function getWithSession<T>(path: string, looksRight: (body: unknown) => boolean): Promise<SessionGetResult<T>> {
  const token = (await cookies()).get(sessionCookieName)?.value;
  if (!token) return { status: 'guest' };
  const visitor = await visitorForwardingHeaders();
  let response: Response;
  try {
    response = await fetch(`${apiOrigin}${path}`, {
      headers: { accept: 'application/json', cookie: `${sessionCookieName}=${token}`, ...visitor },
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { status: 'unavailable' };
  }
  if (response.status === 401) return { status: 'guest' };
  if (response.status !== 200) return { status: 'unavailable' };
  const body: unknown = await response.json().catch(() => undefined);
  return looksRight(body) ? { status: 'ok', data: body as T } : { status: 'unavailable' };
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
