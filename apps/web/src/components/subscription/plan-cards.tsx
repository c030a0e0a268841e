import { getLocale, getTranslations } from 'next-intl/server';
import type { TMySubscription, TPlan } from '@dastiyor/contracts';
import { CheckIcon } from '@/components/icons/check-icon';
import { formatSomoni } from '@/lib/money';
import { BuyPlanButton } from './buy-plan-button';
import { planActionFor } from './plan-action';

/** One card per plan, stacked on a phone: price, what it gives, and buy / renew / switch. */
export async function PlanCards({
  plans,
  subscription,
  balance,
  acquirer,
}: {
  plans: TPlan[];
  subscription: TMySubscription | null;
  /** Diram on the provider's balance; null when it could not be read. Enough of it offers paying from it. */
  balance: number | null;
  /** Whether the terminal offers any way to pay (GET /payments/methods); without one only the balance can pay. */
  acquirer: boolean;
}) {
  const t = await getTranslations('Subscription.plans');
  const tm = await getTranslations('Money');
  const locale = await getLocale();
  const nameOf = (plan: TPlan) => plan.name[locale === 'tg' ? 'tg' : 'ru'];

  return (
    <ul className="grid gap-3 md:grid-cols-3">
      {plans.map((plan) => {
        const action = planActionFor(plan, subscription);
        const current = action === 'renew';
        const features = [
          plan.dailyResponseLimit === null ? t('unlimitedResponses') : t('responsesPerDay', { limit: plan.dailyResponseLimit }),
          ...(plan.priority ? [t('priority'), t('pinned')] : []),
          ...(plan.highlighted ? [t('highlighted')] : []),
        ];
        return (
          <li
            key={plan.id}
            aria-labelledby={`plan-${plan.code}`}
            className={`flex flex-col rounded-2xl border bg-white p-4 shadow-sm sm:p-5 ${
              plan.highlighted ? 'border-brand-600 ring-1 ring-brand-600' : 'border-slate-200'
            }`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`plan-${plan.code}`} className="text-lg font-bold text-slate-900">
                {nameOf(plan)}
              </h3>
              {current ? (
                <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900">{t('current')}</span>
              ) : null}
            </div>
            <p className="mt-2">
              <span className="text-2xl font-bold text-slate-900">{tm('amount', { amount: formatSomoni(plan.price, locale) })}</span>{' '}
              <span className="text-sm text-slate-600">{t('period', { days: plan.durationDays })}</span>
            </p>
            <ul className="mt-3 mb-4 flex-1 space-y-1.5 text-sm text-slate-700">
              {features.map((feature) => (
                <li key={feature} className="flex gap-2">
                  <CheckIcon className="mt-0.5 size-4 shrink-0 text-brand-700" />
                  <span>{feature}</span>
                </li>
              ))}
            </ul>
            <div className="space-y-2">
              {acquirer ? (
                <BuyPlanButton
                  planId={plan.id}
                  planName={nameOf(plan)}
                  action={action}
                  method="acquirer"
                  emphasised={plan.highlighted || current}
                />
              ) : null}
              {balance !== null && plan.price > 0 && balance >= plan.price ? (
                <BuyPlanButton planId={plan.id} planName={nameOf(plan)} action={action} method="balance" emphasised={false} />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
