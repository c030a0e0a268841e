import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SettingsSection } from '@/components/account/form-controls';
import { StatusBadge } from '@/components/admin/billing/billing-bits';
import { PlanActiveToggle } from '@/components/admin/plans/plan-active-toggle';
import { PlanForm } from '@/components/admin/plans/plan-form';
import { Notice } from '@/components/ui/notice';
import { fetchAdminPlans } from '@/lib/admin-reports-api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { formatSomoni } from '@/lib/money';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.plans' });
  return { title: t('title') };
}

/** /admin/plans: every plan (disabled ones too) with its terms, an edit form under each, and a form for a new one. */
export default async function AdminPlansPage({ params }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.plans');
  const tm = await getTranslations('Money');
  const locale = await getLocale();
  const lang = locale === 'tg' ? 'tg' : 'ru';
  const plans = await fetchAdminPlans();

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>
      <p className="text-sm text-slate-600">{t('lead')}</p>
      {plans.status !== 'ok' ? (
        <Notice tone="error">{t('unavailable')}</Notice>
      ) : (
        <ul className="space-y-3">
          {plans.data.items.map((plan) => (
            <li key={plan.id} className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4" data-plan={plan.code}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <h2 className="text-base font-bold text-slate-900">
                    {plan.name[lang]} <span className="font-mono text-xs font-normal text-slate-500">{plan.code}</span>
                  </h2>
                  <p className="mt-1 text-sm text-slate-700">
                    {t('terms', {
                      price: tm('amount', { amount: formatSomoni(plan.price, locale) }),
                      days: plan.durationDays,
                    })}
                    {' · '}
                    {plan.dailyResponseLimit === null ? t('unlimited') : t('limit', { count: plan.dailyResponseLimit })}
                    {plan.trialDays > 0 ? ` · ${t('trial', { days: plan.trialDays })}` : ''}
                    {plan.priority ? ` · ${t('priority')}` : ''}
                    {plan.highlighted ? ` · ${t('highlighted')}` : ''}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={plan.isActive ? 'active' : 'expired'}>{plan.isActive ? t('onSale') : t('offSale')}</StatusBadge>
                  <PlanActiveToggle planId={plan.id} isActive={plan.isActive} />
                </div>
              </div>
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t('edit')}</summary>
                <div className="mt-3">
                  <PlanForm plan={plan} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <SettingsSection id="new-plan" title={t('newTitle')} lead={t('newLead')}>
        <PlanForm />
      </SettingsSection>
    </div>
  );
}
