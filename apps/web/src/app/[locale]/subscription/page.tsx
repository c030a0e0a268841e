import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import {
  fetchMyBalance,
  fetchMyPayments,
  fetchMySubscription,
  fetchPaymentMethods,
  fetchPlans,
  paymentsPageSize,
} from '@/lib/subscription-api';
import { FormNotice, SettingsSection } from '@/components/account/form-controls';
import { BalanceSection } from '@/components/subscription/balance-section';
import { PaymentHistory } from '@/components/subscription/payment-history';
import { PlanMethodPicker } from '@/components/subscription/plan-method-picker';
import { PlanCards } from '@/components/subscription/plan-cards';
import { PlanComparison } from '@/components/subscription/plan-comparison';
import { StatusCard } from '@/components/subscription/status-card';
import { SubscriptionRules } from '@/components/subscription/subscription-rules';
import { SubscriptionShell } from '@/components/subscription/subscription-shell';
import { TrialOffer } from '@/components/subscription/trial-offer';
import { SystemMessage } from '@/components/system/system-message';
import { Notice } from '@/components/ui/notice';
import { primaryButton } from '@/components/ui/button-styles';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ payment?: string | string[]; topUp?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscription' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function SubscriptionPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/subscription');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Subscription');

  if (me.role !== 'provider') {
    const tc = await getTranslations('Common');
    return (
      <SystemMessage
        code={t('providersOnly.code')}
        title={t('providersOnly.title')}
        actions={
          <Link href="/" className={primaryButton}>
            {tc('toHome')}
          </Link>
        }
      >
        <p>{t('providersOnly.text')}</p>
      </SystemMessage>
    );
  }

  const tp = await getTranslations('Payments');
  const [plans, subscription, payments, balance, methods] = await Promise.all([
    fetchPlans(),
    fetchMySubscription(),
    fetchMyPayments(),
    fetchMyBalance(),
    fetchPaymentMethods(),
  ]);
  const { payment, topUp } = await searchParams;
  const balanceAmount = balance.status === 'ok' ? balance.data.balance : null;
  const planList = plans.ok ? plans.data.items : [];
  const mine = subscription.status === 'ok' ? subscription.data : null;
  const paymentOptions = methods.ok ? methods.data : null;
  const acquirer = (paymentOptions?.methods.length ?? 0) > 0;

  return (
    <SubscriptionShell paymentOptions={paymentOptions}>
      {payment === 'succeeded' ? <FormNotice tone="success">{t('paymentNotice.succeeded')}</FormNotice> : null}
      {payment === 'failed' ? <FormNotice tone="error">{t('paymentNotice.failed')}</FormNotice> : null}
      {topUp === 'succeeded' ? <FormNotice tone="success">{t('topUpNotice.succeeded')}</FormNotice> : null}
      {topUp === 'failed' ? <FormNotice tone="error">{t('topUpNotice.failed')}</FormNotice> : null}

      <StatusCard subscription={mine} plans={planList} />
      {mine ? <TrialOffer me={me} subscription={mine} plans={planList} /> : null}

      <section aria-labelledby="subscription-plans-title">
        <h2 id="subscription-plans-title" className="mb-3 text-lg font-bold text-slate-900">
          {t('plans.title')}
        </h2>
        {plans.ok ? (
          <div className="space-y-3">
            {planList.length > 0 ? <PlanMethodPicker unreadable={!methods.ok} /> : null}
            <PlanCards plans={planList} subscription={mine} balance={balanceAmount} acquirer={acquirer} />
          </div>
        ) : (
          <Notice tone="error">{t('plans.unavailable')}</Notice>
        )}
      </section>
      {plans.ok && planList.length > 0 ? <PlanComparison plans={planList} /> : null}
      {balanceAmount !== null ? <BalanceSection balance={balanceAmount} /> : null}
      <SubscriptionRules />

      <SettingsSection id="subscription-payments" title={tp('title')}>
        {payments.status === 'ok' ? (
          <PaymentHistory initial={payments.data} pageSize={paymentsPageSize} />
        ) : (
          <Notice tone="error">{tp('unavailable')}</Notice>
        )}
      </SettingsSection>
    </SubscriptionShell>
  );
}
