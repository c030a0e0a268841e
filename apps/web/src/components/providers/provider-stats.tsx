import { useFormatter, useTranslations } from 'next-intl';
import type { TProviderFields } from '@dastiyor/contracts';

/** Rating, reviews and completed tasks; with no reviews the rating says so instead of showing a zero. */
export function ProviderStats({ provider }: { provider: Pick<TProviderFields, 'ratingAverage' | 'reviewsCount' | 'completedCount'> }) {
  const t = useTranslations('ProviderProfile.stats');
  const format = useFormatter();
  const hasRating = provider.reviewsCount > 0 && provider.ratingAverage !== null;
  const cell = 'rounded-xl bg-slate-50 px-3 py-2.5 ring-1 ring-slate-200';
  return (
    <dl className="grid grid-cols-3 gap-2 text-center">
      <div className={cell}>
        <dt className="text-xs text-slate-500">{t('rating')}</dt>
        <dd className="mt-0.5 font-semibold text-slate-900">
          {hasRating ? (
            <>
              <span aria-hidden="true" className="text-amber-500">
                ★{' '}
              </span>
              {format.number(provider.ratingAverage ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
            </>
          ) : (
            <span className="text-sm font-medium text-slate-600">{t('noReviewsYet')}</span>
          )}
        </dd>
      </div>
      <div className={cell}>
        <dt className="text-xs text-slate-500">{t('reviews')}</dt>
        <dd className="mt-0.5 font-semibold text-slate-900">{format.number(provider.reviewsCount)}</dd>
      </div>
      <div className={cell}>
        <dt className="text-xs text-slate-500">{t('completed')}</dt>
        <dd className="mt-0.5 font-semibold text-slate-900">{format.number(provider.completedCount)}</dd>
      </div>
    </dl>
  );
}
