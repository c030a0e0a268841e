import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import type { Link as IntlLink } from './navigation';
import { getPathname } from './paths';
import type { AppLocale } from './routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  href: ComponentProps<typeof IntlLink>['href'];
  locale?: AppLocale;
};

/**
 * next-intl's Link for server components, rendered on the server: a plain next/link with the localized href.
 * next-intl's own Link is a client component that reads the locale from use-intl's context, which put the
 * whole message formatter (12 KB gzip) into every page's first load, guests' pages included (issue 18).
 * Client components keep `Link` from ./navigation; a link that switches language is the LocaleSwitcher's.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const target = locale ?? (await getLocale());
  if (typeof href === 'string') return <NextLink href={getPathname({ locale: target, href })} {...rest} />;
  // An object without a pathname (only a hash or a query) stays on the current page, as with next/link.
  const pathname = href.pathname == null ? href.pathname : getPathname({ locale: target, href: href.pathname });
  return <NextLink href={{ ...href, pathname }} {...rest} />;
}
