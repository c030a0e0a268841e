import { getTranslations } from 'next-intl/server';
import { fetchGivenReviews, fetchMyStats } from '@/lib/dashboard-api';
import { Link } from '@/i18n/link';
import { StarRating } from '@/components/reviews/star-rating';
import { primaryButton } from '@/components/ui/button-styles';
import { Notice } from '@/components/ui/notice';
import { DashboardLinks } from './dashboard-links';
import { StatTiles } from './stat-tiles';

/** A customer's tasks in figures, the way to post one, messages and the reviews they have left. */
export async function CustomerDashboard() {
  const t = await getTranslations('Dashboard');
  const [stats, reviews] = await Promise.all([fetchMyStats(), fetchGivenReviews(5)]);
  const s = stats.status === 'ok' && stats.data.role === 'customer' ? stats.data : null;

  return (
    <div className="space-y-6">
      <Link href="/tasks/new" className={`${primaryButton} w-full sm:w-auto`}>
        {t('customer.postTask')}
      </Link>
      <section aria-labelledby="dashboard-stats" className="space-y-3">
        <h2 id="dashboard-stats" className="text-lg font-bold text-slate-900">
          {t('statsTitle')}
        </h2>
        {s ? (
          <StatTiles
            label={t('statsTitle')}
            tiles={[
              { key: 'posted', label: t('customer.tasksPosted'), value: s.tasksPosted },
              { key: 'open', label: t('customer.open'), value: s.open },
              { key: 'inProgress', label: t('customer.inProgress'), value: s.inProgress },
              { key: 'completed', label: t('customer.completed'), value: s.completed },
              { key: 'reviews', label: t('customer.reviewsGiven'), value: s.reviewsGiven },
            ]}
          />
        ) : (
          <Notice tone="error">{t('loadError')}</Notice>
        )}
      </section>

      <DashboardLinks
        label={t('linksLabel')}
        links={[
          { key: 'tasks', href: '/my/tasks', label: t('links.myTasks') },
          { key: 'chat', href: '/chat', label: t('links.messages') },
          { key: 'profile', href: '/account', label: t('links.profile'), hint: t('links.profileHintCustomer') },
          { key: 'security', href: '/account/security', label: t('links.settings') },
        ]}
      />

      <section aria-labelledby="dashboard-reviews" className="space-y-3">
        <h2 id="dashboard-reviews" className="text-lg font-bold text-slate-900">
          {t('customer.reviewsTitle')}
        </h2>
        {reviews.status !== 'ok' ? (
          <Notice tone="error">{t('loadError')}</Notice>
        ) : reviews.data.items.length === 0 ? (
          <Notice tone="empty">{t('customer.noReviews')}</Notice>
        ) : (
          <ul className="space-y-2">
            {reviews.data.items.map((review) => (
              <li key={review.id} className="space-y-1 rounded-xl bg-white p-4 ring-1 ring-slate-200">
                <p className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/providers/${review.provider.id}`} className="font-semibold text-slate-900 hover:underline">
                    {review.provider.name}
                  </Link>
                  <StarRating value={review.rating} label={t('customer.ratingLabel', { rating: review.rating })} size="sm" />
                </p>
                <p className="text-xs text-slate-500">
                  <Link href={`/tasks/${review.task.id}`} className="hover:underline">
                    {review.task.title}
                  </Link>
                </p>
                <p className="text-sm break-words whitespace-pre-line text-slate-800">{review.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
