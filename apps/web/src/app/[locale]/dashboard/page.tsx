import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/paths';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { CustomerDashboard } from '@/components/dashboard/customer-dashboard';
import { ProviderDashboard } from '@/components/dashboard/provider-dashboard';
import { Container } from '@/components/ui/container';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('title'), robots: { index: false } };
}

/** The signed-in person's home: a provider's work and subscription, or a customer's tasks and reviews. */
export default async function DashboardPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/dashboard');
  if (!me) return <PageUnavailable />;
  // An admin's home is the panel.
  if (me.role === 'admin') return redirect({ href: '/admin', locale });
  const t = await getTranslations('Dashboard');

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-4xl space-y-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
          <p className="mt-1 text-slate-600">
            {me.role === 'provider' ? t('leadProvider', { name: me.name }) : t('leadCustomer', { name: me.name })}
          </p>
        </div>
        {me.role === 'provider' ? <ProviderDashboard me={me} /> : null}
        {me.role === 'customer' ? <CustomerDashboard /> : null}
      </div>
    </Container>
  );
}
