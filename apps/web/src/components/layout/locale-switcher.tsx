'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

export interface LocaleOption {
  locale: AppLocale;
  short: string;
  name: string;
}

/**
 * Links to the same page in the other language. next-intl's Link writes the locale cookie on click,
 * so the choice sticks for later visits to unprefixed URLs. Below `sm` only the other language shows:
 * a signed-in header is full at 360 px.
 */
export function LocaleSwitcher({ label, options }: { label: string; options: LocaleOption[] }) {
  const current = useLocale();
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
          <Link
            key={option.locale}
            href={pathname}
            locale={option.locale}
            lang={option.locale}
            title={option.name}
            className="rounded-md px-2 py-1.5 text-slate-700 sm:px-2.5 hover:bg-brand-50 hover:text-brand-800"
          >
            {option.short}
          </Link>
        ),
      )}
    </nav>
  );
}
