import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { TMe } from '@dastiyor/contracts';
import { fetchMyStats, fetchMySubscription } from '@/lib/dashboard-api';
import { Notice } from '@/components/ui/notice';
import { DashboardLinks } from './dashboard-links';
import { StatTiles } from './stat-tiles';

/** A provider's figures, subscription and the pages of their work. */
export async function ProviderDashboard({ me }: { me: TMe }) {
  const t = await getTranslations('Dashboard');
  const format = await getFormatter();
  const locale = (await getLocale()) === 'tg' ? 'tg' : 'ru';
  const [stats, subscription] = await Promise.all([fetchMyStats(), fetchMySubscription()]);
  const s = stats.status === 'ok' && stats.data.role === 'provider' ? stats.data : null;
  const sub = subscription.status === 'ok' ? subscription.data : null;

  return (
    <div className="space-y-6">
      <section aria-labelledby="dashboard-stats" className="space-y-3">
        <h2 id="dashboard-stats" className="text-lg font-bold text-slate-900">
          {t('statsTitle')}
        </h2>
        {s ? (
          <StatTiles
            label={t('statsTitle')}
            tiles={[
              { key: 'sent', label: t('provider.responsesSent'), value: s.responsesSent },
              { key: 'selected', label: t('provider.selected'), value: s.selected },
              { key: 'inProgress', label: t('provider.inProgress'), value: s.inProgress },
              { key: 'completed', label: t('provider.completed'), value: s.completed },
              {
                key: 'rating',
                label: t('provider.rating', { count: s.reviewsCount }),
                value: s.reviewsCount > 0 ? s.ratingAverage : null,
                empty: t('provider.noRating'),
                decimals: true,
              },
            ]}
          />
        ) : (
          <Notice tone="error">{t('loadError')}</Notice>
        )}
      </section>

      <section aria-labelledby="dashboard-subscription" className="space-y-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200">
        <h2 id="dashboard-subscription" className="text-lg font-bold text-slate-900">
          {t('subscription.title')}
        </h2>
        {sub === null ? (
          <p className="text-sm text-slate-600">{t('loadError')}</p>
        ) : sub.canRespond && sub.endsAt ? (
          <p className="text-sm text-slate-700">
            {t('subscription.active', {
              plan: sub.planName?.[locale] ?? sub.planCode ?? '',
              date: format.dateTime(new Date(sub.endsAt), { dateStyle: 'long' }),
              days: sub.daysRemaining,
            })}{' '}
            {sub.dailyLimit === null
              ? t('subscription.unlimited', { used: sub.responsesToday })
              : t('subscription.today', { used: sub.responsesToday, limit: sub.dailyLimit })}
          </p>
        ) : (
          <p className="text-sm font-medium text-amber-900">
            {sub.status === 'expired' ? t('subscription.expired') : t('subscription.none')}
          </p>
        )}
      </section>

      <DashboardLinks
        label={t('linksLabel')}
        links={[
          { key: 'feed', href: '/tasks', label: t('links.feed'), hint: t('links.feedHint') },
          { key: 'responses', href: '/my/responses', label: t('links.myResponses') },
          { key: 'active', href: { pathname: '/my/responses', query: { tab: 'active' } }, label: t('links.active') },
          { key: 'completed', href: { pathname: '/my/responses', query: { tab: 'completed' } }, label: t('links.completed') },
          { key: 'chat', href: '/chat', label: t('links.messages') },
          { key: 'reviews', href: `/providers/${me.id}/reviews`, label: t('links.myReviews') },
          { key: 'subscription', href: '/subscription', label: t('links.subscription'), hint: t('links.subscriptionHint') },
          { key: 'profile', href: '/account', label: t('links.profile'), hint: t('links.profileHint') },
        ]}
      />
    </div>
  );
}
