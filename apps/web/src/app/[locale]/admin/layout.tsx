import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { Container } from '@/components/ui/container';
import { requireAdmin } from '@/lib/admin-session';
import { resolveLocaleParam } from '@/lib/locale-param';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { title: { default: t('title'), template: `%s — ${t('title')}` }, robots: { index: false } };
}

/** Every admin page: admins only (checked here and, for every call, by the API), with the section strip. */
export default async function AdminLayout({ children, params }: Props & { children: ReactNode }) {
  const locale = await resolveLocaleParam(params);
  const me = await requireAdmin(locale, '/admin');
  if (!me) return <PageUnavailable />;
  const messages = await getMessages();
  // The panel's client forms translate in the browser; admins are few, so the whole Admin catalog ships.
  return (
    <NextIntlClientProvider
      messages={{
        Admin: messages.Admin,
        Forms: messages.Forms,
        Problems: messages.Problems,
        Complaints: messages.Complaints,
        Money: messages.Money,
      }}
    >
      <Container className="py-4 sm:py-6">
        <div className="space-y-4">
          <AdminNav />
          {children}
        </div>
      </Container>
    </NextIntlClientProvider>
  );
}
