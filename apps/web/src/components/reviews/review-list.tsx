import { getFormatter, getTranslations } from 'next-intl/server';
import type { TReview } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { getCurrentUser } from '@/lib/session';
import { ReportButton } from '@/components/complaints/report-button';
import { StarRating } from './star-rating';

/**
 * Reviews as written: stars, the text (as text, never HTML), who wrote it, for which task, when. A signed-in
 * visitor may report a review they did not write.
 */
export async function ReviewList({ reviews }: { reviews: TReview[] }) {
  const t = await getTranslations('Reviews');
  const format = await getFormatter();
  const viewer = await getCurrentUser();
  return (
    <ul className="divide-y divide-slate-200">
      {reviews.map((review) => (
        <li key={review.id} className="py-4 first:pt-0 last:pb-0">
          <article>
            <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <StarRating value={review.rating} label={t('ratingLabel', { rating: review.rating })} size="sm" />
              <span className="font-semibold text-slate-900">{review.author.name}</span>
              <time dateTime={review.createdAt} className="text-sm text-slate-500">
                {format.dateTime(new Date(review.createdAt), { dateStyle: 'medium' })}
              </time>
            </header>
            <p className="mt-2 break-words whitespace-pre-line text-slate-800">{review.text}</p>
            <p className="mt-1 text-sm text-slate-500">
              {t('forTask')}{' '}
              <Link href={`/tasks/${review.task.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                {review.task.title}
              </Link>
            </p>
            {viewer && viewer.id !== review.author.id ? <ReportButton targetType="review" targetId={review.id} compact /> : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
