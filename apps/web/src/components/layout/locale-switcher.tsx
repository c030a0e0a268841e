'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { pathInLocale, rememberLocale } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';

export interface LocaleOption {
  locale: AppLocale;
  short: string;
  name: string;
}

/**
 * Links to the same page in the other language; a click remembers the choice (the locale cookie) for later
 * visits to unprefixed URLs. Below `sm` only the other language shows: a signed-in header is full at 360 px.
 * Plain next/link and next/navigation: next-intl's would bring its message formatter to every page (issue 18).
 */
export function LocaleSwitcher({ label, current, options }: { label: string; current: AppLocale; options: LocaleOption[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex shrink-0 rounded-lg border border-slate-300 bg-white p-0.5 text-sm font-semibold">
      {options.map((option) =>
        option.locale === current ? (
          <span
            key={option.locale}
            aria-current="true"
            title={option.name}
            className="rounded-md bg-brand-700 px-2 py-1.5 text-white max-sm:hidden sm:px-2.5"
          >
            {option.short}
          </span>
        ) : (
          <NextLink
            key={option.locale}
            href={pathInLocale(pathname, option.locale)}
            onClick={() => rememberLocale(option.locale)}
            prefetch={false}
            lang={option.locale}
            hrefLang={option.locale}
            title={option.name}
            className="rounded-md px-2 py-1.5 text-slate-700 sm:px-2.5 hover:bg-brand-50 hover:text-brand-800"
          >
            {option.short}
          </NextLink>
        ),
      )}
    </nav>
  );
}
