import { useTranslations } from 'next-intl';
import type { TReview } from '@dastiyor/contracts';
import { StarRating } from '@/components/reviews/star-rating';

/** The review the customer left for the task, as both participants see it. */
export function LeftReview({ review }: { review: TReview }) {
  const t = useTranslations('Responses.review');
  return (
    <div className="space-y-1.5 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <p className="text-sm font-semibold text-slate-900">{t('left')}</p>
      <StarRating value={review.rating} label={t('ratingLabel', { rating: review.rating })} />
      <p className="text-sm break-words whitespace-pre-line text-slate-800">{review.text}</p>
    </div>
  );
}
