import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { inputClass } from '@/components/account/form-controls';
import { ComplaintTabs } from '@/components/admin/moderation/complaint-tabs';
import { fetchAdminReviews, queryString, readParam, type SearchParams } from '@/components/admin/moderation/moderation-api';
import { PagingLinks } from '@/components/admin/paging-links';
import { ReviewVisibilityForm } from '@/components/admin/moderation/review-visibility-form';
import { StarRating } from '@/components/reviews/star-rating';
import { primaryButton } from '@/components/ui/button-styles';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const linkClass = 'font-semibold text-brand-800 underline-offset-2 hover:underline';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.complaints.reviews' });
  return { title: t('title') };
}

/** Every review, hidden ones too, newest first; hide with a reason or show again. */
export default async function AdminReviewsPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.complaints.reviews');
  const format = await getFormatter();
  const query = await searchParams;
  const hidden = readParam(query, 'hidden', ['true', 'false'] as const);
  const providerIdParam = readParam(query, 'providerId');
  const providerId = providerIdParam && uuidPattern.test(providerIdParam) ? providerIdParam : undefined;
  const cursor = readParam(query, 'cursor');
  const filter = { hidden, providerId };
  const result = await fetchAdminReviews({ ...filter, cursor });

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <ComplaintTabs current="reviews" />
      <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <div>
          <label htmlFor="reviews-hidden" className="mb-1 block text-sm font-semibold text-slate-800">
            {t('filter.visibility')}
          </label>
          <select id="reviews-hidden" name="hidden" defaultValue={hidden ?? ''} className={inputClass}>
            <option value="">{t('filter.any')}</option>
            <option value="false">{t('filter.visible')}</option>
            <option value="true">{t('filter.hidden')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="reviews-provider" className="mb-1 block text-sm font-semibold text-slate-800">
            {t('filter.providerId')}
          </label>
          <input id="reviews-provider" name="providerId" defaultValue={providerIdParam ?? ''} maxLength={36} className={inputClass} />
        </div>
        <button type="submit" className={primaryButton}>
          {t('filter.submit')}
        </button>
      </form>
      {result.status !== 'ok' ? (
        <Notice tone="error">{t('unavailable')}</Notice>
      ) : result.data.items.length === 0 ? (
        <Notice tone="empty">{t('empty')}</Notice>
      ) : (
        <>
          <ul className="space-y-3">
            {result.data.items.map((review) => (
              <li key={review.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <StarRating value={review.rating} label={t('rating', { rating: review.rating })} size="sm" />
                  <span>
                    {t('by')}{' '}
                    <Link href={`/admin/users/${review.customer.id}`} className={linkClass}>
                      {review.customer.name}
                    </Link>
                  </span>
                  <span>
                    {t('about')}{' '}
                    <Link href={`/admin/users/${review.provider.id}`} className={linkClass}>
                      {review.provider.name}
                    </Link>
                  </span>
                  <time dateTime={review.createdAt} className="ml-auto text-slate-500">
                    {format.dateTime(new Date(review.createdAt), { dateStyle: 'medium' })}
                  </time>
                </div>
                <p className="break-words whitespace-pre-line text-slate-800">{review.text}</p>
                <p className="text-sm text-slate-500">
                  {t('task')}{' '}
                  <Link href={`/admin/tasks/${review.task.id}`} className={linkClass}>
                    {review.task.title}
                  </Link>
                </p>
                {review.hiddenAt ? (
                  <p className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
                    {t('hiddenNote', { reason: review.hiddenReason ?? '—' })}
                  </p>
                ) : null}
                <ReviewVisibilityForm reviewId={review.id} hidden={review.hiddenAt !== null} />
              </li>
            ))}
          </ul>
          <PagingLinks
            nextHref={
              result.data.nextCursor ? `/admin/complaints/reviews${queryString({ ...filter, cursor: result.data.nextCursor })}` : null
            }
            firstHref={cursor ? `/admin/complaints/reviews${queryString(filter)}` : null}
          />
        </>
      )}
    </div>
  );
}
