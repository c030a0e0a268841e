import { getLocale, getTranslations } from 'next-intl/server';
import type { TPlan } from '@dastiyor/contracts';
import { SettingsSection } from '@/components/account/form-controls';
import { formatSomoni } from '@/lib/money';

/**
 * Plans side by side, one column each, a row per condition. On a phone the table scrolls sideways inside
 * its own box (the condition column stays put), so the page itself never does.
 */
export async function PlanComparison({ plans }: { plans: TPlan[] }) {
  const t = await getTranslations('Subscription.compare');
  const tm = await getTranslations('Money');
  const locale = await getLocale();
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const rows: Array<{ key: string; label: string; value: (plan: TPlan) => string }> = [
    { key: 'duration', label: t('duration'), value: (p) => t('days', { days: p.durationDays }) },
    {
      key: 'responses',
      label: t('responses'),
      value: (p) => (p.dailyResponseLimit === null ? t('unlimited') : String(p.dailyResponseLimit)),
    },
    { key: 'priority', label: t('priority'), value: (p) => yesNo(p.priority) },
    { key: 'highlighted', label: t('highlighted'), value: (p) => yesNo(p.highlighted) },
    { key: 'price', label: t('price'), value: (p) => tm('amount', { amount: formatSomoni(p.price, locale) }) },
  ];

  return (
    <SettingsSection id="subscription-compare" title={t('title')}>
      <div
        className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0"
        tabIndex={0}
        role="region"
        aria-labelledby="subscription-compare-title"
      >
        <table className="w-full min-w-[28rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="sticky left-0 bg-white py-2 pr-3 font-semibold text-slate-500">
                {t('feature')}
              </th>
              {plans.map((plan) => (
                <th key={plan.id} scope="col" className="px-3 py-2 font-bold text-slate-900">
                  {plan.name[locale === 'tg' ? 'tg' : 'ru']}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="sticky left-0 bg-white py-2.5 pr-3 font-medium text-slate-700">
                  {row.label}
                </th>
                {plans.map((plan) => (
                  <td key={plan.id} className="px-3 py-2.5 text-slate-900">
                    {row.value(plan)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SettingsSection>
  );
}
