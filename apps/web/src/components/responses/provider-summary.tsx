import { useFormatter, useTranslations } from 'next-intl';
import type { TResponseProvider } from '@dastiyor/contracts';
import { Link } from '@/i18n/navigation';
import { PersonAvatar } from './person-avatar';

/** Photo, name (to the public profile), rating, reviews and completed tasks of a provider who responded. */
export function ProviderSummary({ provider }: { provider: TResponseProvider }) {
  const t = useTranslations('Responses.provider');
  const format = useFormatter();
  const rated = provider.reviewsCount > 0 && provider.ratingAverage !== null;
  return (
    <div className="flex min-w-0 items-center gap-3">
      <PersonAvatar name={provider.name} url={provider.avatarUrl} />
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          <Link href={`/providers/${provider.id}`} className="truncate font-semibold text-slate-900 hover:text-brand-800 hover:underline">
            {provider.name}
          </Link>
          {provider.premium ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t('premium')}</span>
          ) : null}
        </p>
        <p className="mt-0.5 text-sm text-slate-600">
          {rated ? (
            <span>
              <span aria-hidden="true" className="text-amber-500">
                ★{' '}
              </span>
              {t('rating', { rating: format.number(provider.ratingAverage ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
              {' · '}
            </span>
          ) : (
            <span>{t('noRating')} · </span>
          )}
          {t('reviews', { count: provider.reviewsCount })} · {t('completed', { count: provider.completedCount })}
        </p>
      </div>
    </div>
  );
}
