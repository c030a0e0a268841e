import type { Metadata } from 'next';
import { getPathname } from '@/i18n/paths';
import { routing, type AppLocale } from '@/i18n/routing';

/** canonical + hreflang links for one page in every locale; x-default points at the Russian original. */
export function localizedAlternates(locale: AppLocale, href: string): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const other of routing.locales) languages[other] = getPathname({ locale: other, href });
  languages['x-default'] = getPathname({ locale: routing.defaultLocale, href });
  return { canonical: getPathname({ locale, href }), languages };
}
