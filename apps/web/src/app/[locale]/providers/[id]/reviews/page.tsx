import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { fetchPublicProvider } from '@/lib/public-provider-api';
import { fetchProviderReviews } from '@/lib/reviews-api';
import { RatingSummary } from '@/components/reviews/rating-summary';
import { ReviewList } from '@/components/reviews/review-list';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ cursor?: string | string[] }>;
}

const pageSize = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const result = await fetchPublicProvider(id);
  if (result.status !== 'ok') return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'Reviews' });
  return { title: t('pageTitle', { name: result.provider.name }), alternates: localizedAlternates(locale, `/providers/${id}/reviews`) };
}

/** Every review of a provider, newest first; older pages by cursor in the URL, so it works without JavaScript. */
export default async function ProviderReviewsPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const { id } = await params;
  const cursorParam = (await searchParams).cursor;
  const cursor = typeof cursorParam === 'string' ? cursorParam : undefined;
  const t = await getTranslations('Reviews');
  const [provider, reviews] = await Promise.all([fetchPublicProvider(id), fetchProviderReviews(id, { cursor, limit: pageSize })]);
  if (provider.status === 'not_found') notFound();

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl space-y-5">
        <div>
          <Link href={`/providers/${id}`} className="text-sm font-semibold text-brand-800 underline-offset-2 hover:underline">
            ← {provider.status === 'ok' ? provider.provider.name : t('backToProfile')}
          </Link>
          <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        </div>
        {reviews.ok ? (
          <>
            <section className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
              <RatingSummary summary={reviews.data.summary} />
            </section>
            {reviews.data.items.length > 0 ? (
              <section className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
                <ReviewList reviews={reviews.data.items} />
              </section>
            ) : null}
            <nav className="flex flex-wrap gap-3" aria-label={t('pagesLabel')}>
              {cursor ? (
                <Link href={`/providers/${id}/reviews`} className="inline-flex min-h-11 items-center font-semibold text-brand-800">
                  {t('newest')}
                </Link>
              ) : null}
              {reviews.data.nextCursor ? (
                <Link
                  href={{ pathname: `/providers/${id}/reviews`, query: { cursor: reviews.data.nextCursor } }}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-800"
                >
                  {t('older')}
                </Link>
              ) : null}
            </nav>
          </>
        ) : reviews.reason === 'http' && reviews.status === 404 ? (
          notFound()
        ) : (
          <Notice tone="error">{t('loadError')}</Notice>
        )}
      </div>
    </Container>
  );
}
