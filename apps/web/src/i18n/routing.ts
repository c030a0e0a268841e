import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ru', 'tg'],
  defaultLocale: 'ru',
  // Russian at /…, Tajik at /tg/…: both indexable, default without a prefix.
  localePrefix: 'as-needed',
  // next-intl 4 defaults to a session cookie; a year keeps a chosen language across visits.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

export type AppLocale = (typeof routing.locales)[number];
