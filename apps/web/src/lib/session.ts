import { cache } from 'react';
import type { TMe } from '@dastiyor/contracts';
import { getPathname, redirect } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';
import { asVisitor, type SessionGetResult, sessionApi } from './server-api';

// Server only (server-api reads the visitor's cookie through next/headers).

/** GET /api/v1/me as the visitor, once per request however many components ask (header and page both do). */
const lookUpSession = cache((): Promise<SessionGetResult<TMe>> => asVisitor(sessionApi.GET('/api/v1/me')));

/**
 * The signed-in person, or null for a guest, an expired session or an API that does not answer (public
 * pages then render as for a guest instead of failing).
 */
export async function getCurrentUser(): Promise<TMe | null> {
  const session = await lookUpSession();
  return session.status === 'ok' ? session.data : null;
}

/**
 * For pages behind sign-in: the signed-in person, or a redirect of a guest to the login page, which brings
 * them back afterwards. `nextPath` is the page's path without the locale prefix (query allowed), e.g.
 * `await requireUser(locale, '/account/security')` → `/tg/login?next=/tg/account/security` for a Tajik guest.
 * Null when the API did not answer (refused with 429, timed out, down): the page then returns
 * `<PageUnavailable />` ("couldn't load, try again") instead of its content. Sending someone who is signed in
 * to the login form would only confuse them, and throwing would answer 500 for what is a passing refusal.
 */
export async function requireUser(locale: AppLocale, nextPath: string): Promise<TMe | null> {
  const session = await lookUpSession();
  if (session.status === 'ok') return session.data;
  if (session.status === 'unavailable') return null;
  return redirect({ href: { pathname: '/login', query: { next: getPathname({ locale, href: nextPath }) } }, locale });
}
