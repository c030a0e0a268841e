import { getFormatter, getTranslations } from 'next-intl/server';
import type { TProviderReviewsResponse } from '@dastiyor/contracts';
import { StarRating } from './star-rating';

/** The average in large type and a bar per number of stars, as the reviews page opens. */
export async function RatingSummary({ summary }: { summary: TProviderReviewsResponse['summary'] }) {
  const t = await getTranslations('Reviews');
  const format = await getFormatter();
  const { ratingAverage, reviewsCount, breakdown } = summary;
  if (reviewsCount === 0 || ratingAverage === null) return <p className="text-slate-600">{t('noneYet')}</p>;
  const average = format.number(ratingAverage, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:gap-8">
      <div className="flex items-center gap-3 sm:flex-col sm:items-start sm:gap-1">
        <p className="text-4xl font-bold text-slate-900">{average}</p>
        <div>
          <StarRating value={ratingAverage} label={t('averageLabel', { average })} size="lg" />
          <p className="mt-1 text-sm text-slate-600">{t('count', { count: reviewsCount })}</p>
        </div>
      </div>
      <ul className="min-w-0 flex-1 space-y-1.5" aria-label={t('breakdownLabel')}>
        {([5, 4, 3, 2, 1] as const).map((stars) => {
          const n = breakdown[stars];
          const share = Math.round((n / reviewsCount) * 100);
          return (
            <li key={stars} className="flex items-center gap-2 text-sm">
              <span className="w-8 shrink-0 text-slate-700">
                {stars}
                <span aria-hidden="true" className="text-amber-500">
                  {' '}
                  ★
                </span>
              </span>
              <span aria-hidden="true" className="h-2 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-100">
                <span className="block h-full rounded-full bg-amber-400" style={{ width: `${share}%` }} />
              </span>
              <span className="w-10 shrink-0 text-right text-slate-600">{n}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
