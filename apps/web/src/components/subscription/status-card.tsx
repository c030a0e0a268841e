import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { TMySubscription, TPlan } from '@dastiyor/contracts';
import { SettingsSection } from '@/components/account/form-controls';
import { Notice } from '@/components/ui/notice';
import { CancelSubscription } from './cancel-subscription';

const badgeTones: Record<TMySubscription['status'], string> = {
  active: 'bg-emerald-100 text-emerald-900',
  cancelled: 'bg-amber-100 text-amber-900',
  expired: 'bg-red-100 text-red-800',
  none: 'bg-slate-100 text-slate-700',
};

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0 rounded-xl bg-slate-50 px-3 py-2.5">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-semibold break-words text-slate-900">{value}</dd>
    </div>
  );
}

/** Where the provider stands: plan, status, dates, days left, today's responses against the limit. */
export async function StatusCard({ subscription, plans }: { subscription: TMySubscription | null; plans: TPlan[] }) {
  const t = await getTranslations('Subscription.status');
  const locale = await getLocale();
  const format = await getFormatter();
  if (!subscription) {
    return (
      <SettingsSection id="subscription-status" title={t('title')}>
        <Notice tone="error">{t('unavailable')}</Notice>
      </SettingsSection>
    );
  }

  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'long' }) : null);
  const plan = plans.find((p) => p.code === subscription.planCode);
  const planName = plan ? plan.name[locale === 'tg' ? 'tg' : 'ru'] : subscription.planCode;
  const endsAt = date(subscription.endsAt);
  const usable = subscription.canRespond && planName !== null;

  let explanation: string | null = null;
  if (subscription.status === 'none') explanation = t('none');
  else if (subscription.status === 'expired') explanation = t('expired');
  else if (subscription.status === 'cancelled') explanation = endsAt ? t('cancelled', { date: endsAt }) : t('revoked');

  return (
    <SettingsSection id="subscription-status" title={t('title')}>
      <p className="flex flex-wrap items-center gap-2">
        <span className={`rounded-full px-2.5 py-1 text-sm font-semibold ${badgeTones[subscription.status]}`}>
          {t(`badge.${subscription.status}`)}
        </span>
        {usable ? (
          <span className="text-base font-semibold text-slate-900">
            <span className="sr-only">{t('plan')}: </span>
            {planName}
          </span>
        ) : null}
      </p>
      {explanation ? <p className="mt-3 text-sm text-slate-700">{explanation}</p> : null}
      {usable ? (
        <dl className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <Figure label={t('starts')} value={date(subscription.startsAt) ?? '—'} />
          <Figure label={t('ends')} value={endsAt ?? '—'} />
          <Figure label={t('daysLeft')} value={String(subscription.daysRemaining)} />
          <Figure
            label={t('responsesToday')}
            value={
              subscription.dailyLimit === null
                ? t('responsesUnlimited', { used: subscription.responsesToday })
                : t('responsesOfLimit', { used: subscription.responsesToday, limit: subscription.dailyLimit })
            }
          />
        </dl>
      ) : null}
      {subscription.status === 'active' && endsAt ? (
        <div className="mt-4">
          <CancelSubscription endsOn={endsAt} />
        </div>
      ) : null}
    </SettingsSection>
  );
}
