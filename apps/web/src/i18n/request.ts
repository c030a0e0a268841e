import { hasLocale, IntlErrorCode, type IntlError } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

const isDevelopment = process.env.NODE_ENV === 'development';

/** A missing message is a bug: loud in development, logged (with the key shown) in production. */
function onError(error: IntlError) {
  if (isDevelopment) throw error;
  console.error(`[i18n] ${error.code}: ${error.message}`);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: 'Asia/Dushanbe',
    onError,
    getMessageFallback: ({ namespace, key, error }) =>
      error.code === IntlErrorCode.MISSING_MESSAGE ? [namespace, key].filter(Boolean).join('.') : key,
  };
});
