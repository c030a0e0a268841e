import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { TCategory, TProviderReviewsResponse, TPublicProvider } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import { RatingSummary } from '@/components/reviews/rating-summary';
import { ReviewList } from '@/components/reviews/review-list';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PortfolioGallery } from './portfolio-gallery';
import { ProviderCategories } from './provider-categories';
import { ProviderStats } from './provider-stats';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="mb-3 text-lg font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The public profile: who, where, how well rated, what they do and where; never how to reach them off the site. */
export async function ProviderProfile({
  profile,
  locale,
  categoryTree,
  reviews,
}: {
  profile: TPublicProvider;
  locale: AppLocale;
  categoryTree: TCategory[] | null;
  /** The newest few with the summary; null when the API could not deliver them. */
  reviews: TProviderReviewsResponse | null;
}) {
  const tReviews = await getTranslations('Reviews');
  const t = await getTranslations('ProviderProfile');
  const format = await getFormatter();
  const { provider } = profile;
  const place = profile.city?.name[locale];
  // With the day: Russian needs the genitive ("с 24 ноября"), which month-and-year formats do not give.
  const memberSince = format.dateTime(new Date(profile.memberSince), { dateStyle: 'long' });

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl space-y-5">
        <header className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <div className="flex items-center gap-4">
            {profile.avatar ? (
              <img
                src={profile.avatar.medium}
                alt={t('avatarAlt', { name: profile.name })}
                width={112}
                height={112}
                className="size-24 shrink-0 rounded-2xl object-cover ring-1 ring-slate-200 sm:size-28"
              />
            ) : (
              <span
                aria-hidden="true"
                className="flex size-24 shrink-0 items-center justify-center rounded-2xl bg-brand-50 text-4xl font-bold text-brand-700 sm:size-28"
              >
                {profile.name.trim().charAt(0).toUpperCase()}
              </span>
            )}
            <div className="min-w-0">
              <p className="text-sm font-medium text-brand-800">{t('role')}</p>
              <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl">{profile.name}</h1>
              {profile.verified ? (
                <p className="mt-1 inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2.5 py-0.5 text-sm font-semibold text-emerald-900">
                  <span aria-hidden="true">✓</span>
                  {t('verified')}
                </p>
              ) : null}
              {place ? <p className="mt-1 text-slate-600">{place}</p> : null}
              <p className="mt-0.5 text-sm text-slate-500">{t('memberSince', { date: memberSince })}</p>
            </div>
          </div>
          <div className="mt-4">
            <ProviderStats provider={provider} />
          </div>
        </header>

        <Section id="provider-about" title={t('about')}>
          {provider.description ? (
            <p className="break-words whitespace-pre-line text-slate-700">{provider.description}</p>
          ) : (
            <p className="text-slate-500">{t('noDescription')}</p>
          )}
        </Section>

        {provider.skills.length > 0 ? (
          <Section id="provider-skills" title={t('skills')}>
            <ul className="flex flex-wrap gap-2">
              {provider.skills.map((skill) => (
                <li key={skill} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-900 ring-1 ring-brand-200">
                  {skill}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {provider.categories.length > 0 ? (
          <Section id="provider-categories" title={t('categories')}>
            <ProviderCategories chosen={provider.categories} tree={categoryTree} />
          </Section>
        ) : null}

        {provider.serviceCity ? (
          <Section id="provider-area" title={t('area')}>
            <p className="font-semibold text-slate-900">{provider.serviceCity.name[locale]}</p>
            {provider.districts.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-2">
                {provider.districts.map((district) => (
                  <li key={district.id} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
                    {district.name[locale]}
                  </li>
                ))}
              </ul>
            ) : null}
          </Section>
        ) : null}

        {provider.portfolio.length > 0 ? (
          <Section id="provider-portfolio" title={t('portfolio')}>
            <PortfolioGallery photos={provider.portfolio} name={profile.name} />
          </Section>
        ) : null}

        <Section id="provider-reviews" title={tReviews('title')}>
          {reviews ? (
            <div className="space-y-5">
              <RatingSummary summary={reviews.summary} />
              {reviews.items.length > 0 ? <ReviewList reviews={reviews.items} /> : null}
              {reviews.nextCursor ? (
                <Link
                  href={`/providers/${profile.id}/reviews`}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline-offset-2 hover:underline"
                >
                  {tReviews('all', { count: reviews.summary.reviewsCount })}
                </Link>
              ) : null}
            </div>
          ) : (
            <Notice tone="error">{tReviews('loadError')}</Notice>
          )}
        </Section>
      </div>
    </Container>
  );
}
