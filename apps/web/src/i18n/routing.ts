import { defineRouting } from 'next-intl/routing';

/** A year: a chosen language sticks across visits (next-intl 4 defaults to a session cookie). */
export const localeCookieMaxAge = 60 * 60 * 24 * 365;

export const routing = defineRouting({
  locales: ['ru', 'tg'],
  defaultLocale: 'ru',
  // Russian at /…, Tajik at /tg/…: both indexable, default without a prefix.
  localePrefix: 'as-needed',
  localeCookie: { maxAge: localeCookieMaxAge },
});

export type AppLocale = (typeof routing.locales)[number];
