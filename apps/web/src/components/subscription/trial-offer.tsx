import { getLocale, getTranslations } from 'next-intl/server';
import type { TMe, TMySubscription, TPlan } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { SettingsSection, smallButton } from '@/components/account/form-controls';
import { StartTrialButton } from './start-trial-button';

/**
 * The free trial, offered while nothing is usable and the account may still take it. The API counts a
 * trial as available only with a phone on the account, so an account without one (that never had any
 * subscription) is shown the offer too, with what to do first.
 */
export async function TrialOffer({ me, subscription, plans }: { me: TMe; subscription: TMySubscription; plans: TPlan[] }) {
  const t = await getTranslations('Subscription.trial');
  const locale = await getLocale();
  const trialPlan = plans.find((p) => p.trialDays > 0);
  const mayTake = subscription.trialAvailable || (subscription.status === 'none' && !me.phone);
  if (!trialPlan || subscription.canRespond || !mayTake) return null;

  return (
    <SettingsSection
      id="subscription-trial"
      title={t('title')}
      lead={t('text', { days: trialPlan.trialDays, plan: trialPlan.name[locale === 'tg' ? 'tg' : 'ru'] })}
    >
      {me.phoneVerified ? (
        <StartTrialButton />
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t('needsPhone')}</p>
          <Link href="/account/security" className={smallButton}>
            {t('toSecurity')}
          </Link>
        </div>
      )}
    </SettingsSection>
  );
}
