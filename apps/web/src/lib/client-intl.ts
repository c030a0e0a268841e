import { getLocale, getMessages, getTimeZone } from 'next-intl/server';

type Namespace = keyof Awaited<ReturnType<typeof getMessages>>;

/**
 * What a client-side message provider needs (locale, time zone and only the named catalogs), read on the server.
 * For providers that load lazily with their components (`*-islands.tsx`), so a page that does not render them
 * carries no next-intl client code (issue 18); next-intl's server provider would be a static reference.
 */
export async function clientIntl(namespaces: readonly Namespace[]) {
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  return { locale, timeZone, messages: Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) };
}
