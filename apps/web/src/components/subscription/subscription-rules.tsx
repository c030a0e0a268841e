import { getTranslations } from 'next-intl/server';
import { SettingsSection } from '@/components/account/form-controls';

/** The rules in plain words, so nobody has to guess what renewing, switching or cancelling does. */
export async function SubscriptionRules() {
  const t = await getTranslations('Subscription.rules');
  return (
    <SettingsSection id="subscription-rules" title={t('title')}>
      <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-700">
        <li>{t('renew')}</li>
        <li>{t('switch')}</li>
        <li>{t('cancel')}</li>
        <li>{t('limit')}</li>
      </ul>
      <h3 className="mt-4 font-semibold text-slate-900">{t('premiumTitle')}</h3>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-slate-700">
        <li>{t('premiumResponses')}</li>
        <li>{t('premiumProfile')}</li>
        <li>{t('premiumFeed')}</li>
      </ul>
    </SettingsSection>
  );
}
