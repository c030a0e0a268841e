import type { TAuthResponse } from '@dastiyor/contracts';
import { getPathname } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';

/**
 * Signing in or out changes what every server-rendered part shows (the header first), so the next page is
 * loaded afresh instead of through the client router and its cache.
 */
export function navigateAfterAuthChange(path: string): void {
  window.location.assign(path);
}

/**
 * Once signed in (login, its code step, sign-up, a password reset): back where the person was going (`next`, a
 * same-site path the page checked), else their home — the panel for an admin, the account for everyone else.
 */
export function goAfterSignIn(next: string | null, user: TAuthResponse['user'], locale: AppLocale): void {
  navigateAfterAuthChange(next ?? getPathname({ locale, href: user.role === 'admin' ? '/admin' : '/account' }));
}
