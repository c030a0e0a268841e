import { cache } from 'react';
import { cookies } from 'next/headers';
import type { TMe } from '@dastiyor/contracts';
import { getPathname, redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

// Server only (next/headers cannot be imported by a client component). The API sits on the internal network.
const apiOrigin = process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:3001';
// Set by the API (apps/api/src/modules/auth/session-plugin.ts). Only this cookie is forwarded: the API needs
// nothing else the visitor sent. Without it nobody is signed in, so guests cost no round trip.
const sessionCookieName = 'dastiyor_session';
const timeoutMs = 2000;

type SessionLookup = { status: 'signed-in'; user: TMe } | { status: 'guest' } | { status: 'unavailable' };

const looksLikeMe = (body: unknown): body is TMe =>
  typeof body === 'object' && body !== null && typeof (body as TMe).id === 'string' && typeof (body as TMe).name === 'string';

/** GET /api/v1/me as the visitor, once per request however many components ask (header and page both do). */
const lookUpSession = cache(async (): Promise<SessionLookup> => {
  const token = (await cookies()).get(sessionCookieName)?.value;
  if (!token) return { status: 'guest' };
  try {
    const response = await fetch(`${apiOrigin}/api/v1/me`, {
      headers: { cookie: `${sessionCookieName}=${token}`, accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 401) return { status: 'guest' };
    if (response.status !== 200) return { status: 'unavailable' };
    const body: unknown = await response.json();
    return looksLikeMe(body) ? { status: 'signed-in', user: body } : { status: 'unavailable' };
  } catch {
    return { status: 'unavailable' };
  }
});

/**
 * The signed-in person, or null for a guest, an expired session or an API that does not answer (public
 * pages then render as for a guest instead of failing).
 */
export async function getCurrentUser(): Promise<TMe | null> {
  const session = await lookUpSession();
  return session.status === 'signed-in' ? session.user : null;
}

/**
 * For pages behind sign-in: the signed-in person, or a redirect of a guest to the login page, which brings
 * them back afterwards. `nextPath` is the page's path without the locale prefix (query allowed), e.g.
 * `await requireUser(locale, '/account/settings')` → `/tg/login?next=/tg/account/settings` for a Tajik guest.
 * When the API does not answer it throws (the error boundary offers a retry): sending someone who is signed
 * in to the login form would only confuse them.
 */
export async function requireUser(locale: AppLocale, nextPath: string): Promise<TMe> {
  const session = await lookUpSession();
  if (session.status === 'signed-in') return session.user;
  if (session.status === 'unavailable') throw new Error('GET /api/v1/me did not answer; cannot tell who is signed in');
  return redirect({ href: { pathname: '/login', query: { next: getPathname({ locale, href: nextPath }) } }, locale });
}
