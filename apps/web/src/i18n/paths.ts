import { redirect as nextRedirect } from 'next/navigation';
import { type AppLocale, localeCookieMaxAge, routing } from './routing';

type QueryValue = string | number | boolean;
export type LocalizedHref = string | { pathname: string; query?: Record<string, QueryValue | readonly QueryValue[]> };

/**
 * Locale-prefixed paths under `localePrefix: 'as-needed'` (Russian unprefixed, Tajik under /tg), as next-intl's
 * getPathname and redirect write them. Its own are built by createNavigation, which imports its client Link:
 * any module using them put next-intl's client code and message formatter into every page's first load
 * (issue 18). These are plain functions; test/locale-paths.test.ts holds them to next-intl's answers.
 */
export function getPathname({ locale, href }: { locale: AppLocale; href: LocalizedHref }): string {
  const { pathname, query } = typeof href === 'string' ? { pathname: href, query: undefined } : href;
  const prefixed = locale === routing.defaultLocale ? pathname : pathname === '/' ? `/${locale}` : `/${locale}${pathname}`;
  if (!query) return prefixed;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value as readonly QueryValue[]) search.append(key, String(item));
    else search.set(key, String(value));
  }
  return `${prefixed}?${search.toString()}`;
}

/** next/navigation's redirect to a localized path. */
export function redirect({ href, locale }: { href: LocalizedHref; locale: AppLocale }): never {
  return nextRedirect(getPathname({ locale, href }));
}

/** The same page in another language: the path the browser shows (prefix or not) rewritten for `locale`. */
export function pathInLocale(pathname: string, locale: AppLocale): string {
  const current = routing.locales.find((other) => pathname === `/${other}` || pathname.startsWith(`/${other}/`));
  return getPathname({ locale, href: current ? pathname.slice(current.length + 1) || '/' : pathname });
}

/** What next-intl's Link does on a language switch: remember the choice for later visits to unprefixed URLs. */
export function rememberLocale(locale: AppLocale): void {
  // next-intl's cookie name and SameSite default, with the lifetime routing.ts gives it.
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=${localeCookieMaxAge}; samesite=lax`;
}
