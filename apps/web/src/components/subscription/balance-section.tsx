import { getLocale, getTranslations } from 'next-intl/server';
import { SettingsSection } from '@/components/account/form-controls';
import { formatSomoni } from '@/lib/money';
import { TopUpForm } from './top-up-form';

/** The provider's balance and a top-up through the acquirer; plans can then be paid from it at once. */
export async function BalanceSection({ balance }: { balance: number }) {
  const t = await getTranslations('Subscription.balance');
  const tm = await getTranslations('Money');
  const locale = await getLocale();
  return (
    <SettingsSection id="subscription-balance" title={t('title')} lead={t('lead')}>
      <p className="text-sm text-slate-600">
        {t('amount')}: <span className="text-xl font-bold text-slate-900">{tm('amount', { amount: formatSomoni(balance, locale) })}</span>
      </p>
      <div className="mt-4">
        <TopUpForm />
      </div>
    </SettingsSection>
  );
}
