import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import '@/app/globals.css';

/** <html> with header and footer, shared by the locale layout and the root 404. */
export async function AppDocument({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Client components get only what they translate themselves, not the whole catalog. */}
        <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage }}>
          <SiteHeader />
          <main className="flex-1">{children}</main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
