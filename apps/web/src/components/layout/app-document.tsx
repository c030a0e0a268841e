import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { ErrorPageTextProvider } from '@/components/system/error-page-text';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import '@/app/globals.css';

/** <html> with header and footer, shared by the locale layout and the root 404. */
export async function AppDocument({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const t = await getTranslations('ErrorPage');
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* No message provider here: client components get theirs, with only what they translate, where they
            are rendered, so a page without them loads no message formatter. */}
        <ErrorPageTextProvider text={{ title: t('title'), text: t('text'), retry: t('retry') }}>
          <SiteHeader />
          <main className="flex-1">{children}</main>
          <SiteFooter />
        </ErrorPageTextProvider>
      </body>
    </html>
  );
}
