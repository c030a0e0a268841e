import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { fetchCategories, fetchCities } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { getCurrentUser } from '@/lib/session';
import { fetchFeedPage } from '@/lib/tasks-api';
import { feedApiQuery, hasFeedFilters, readFeedParams, type SearchParamsRecord } from '@/lib/tasks-feed-query';
import { FeedFilters } from '@/components/tasks/feed-filters';
import { FeedResults } from '@/components/tasks/feed-results';
import { FiltersDisclosure } from '@/components/tasks/filters-disclosure';
import { primaryButton } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

const pageSize = 20;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'TaskFeed' });
  // Filtered and later pages are variations of one page: only the plain feed is worth indexing.
  const plain = Object.keys(await searchParams).length === 0;
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: localizedAlternates(locale, '/tasks'),
    robots: plain ? undefined : { index: false, follow: true },
  };
}

/** The public feed of open tasks, server-rendered; filters and the cursor live in the URL. */
export default async function TaskFeedPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const asked = readFeedParams(await searchParams);
  // Only a provider has tasks matching them; for anyone else the filter is dropped rather than answered 401/403.
  const user = asked.matching ? await getCurrentUser() : null;
  const feedParams = asked.matching && user?.role !== 'provider' ? { ...asked, matching: undefined } : asked;
  const t = await getTranslations('TaskFeed');
  const [viewer, categories, cities, page] = await Promise.all([
    user ?? getCurrentUser(),
    fetchCategories(),
    fetchCities(),
    fetchFeedPage(feedApiQuery(feedParams, pageSize)),
  ]);
  const filterCount = Object.entries(feedParams).filter(([key, value]) => key !== 'sort' && key !== 'cursor' && value).length;

  return (
    <Container className="py-6 sm:py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
          <p className="mt-1 text-slate-600">{feedParams.matching ? t('matchingLead') : t('lead')}</p>
        </div>
        {viewer?.role === 'provider' ? null : (
          <Link href="/tasks/new" className={primaryButton}>
            {t('postTask')}
          </Link>
        )}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start">
        <FiltersDisclosure summary={filterCount > 0 ? t('filtersToggleActive', { count: filterCount }) : t('filtersToggle')}>
          <FeedFilters
            params={feedParams}
            offerMatching={viewer?.role === 'provider'}
            categories={categories.ok ? categories.data.items : null}
            cities={cities.ok ? cities.data.items : null}
          />
        </FiltersDisclosure>
        <FeedResults params={feedParams} page={page} filtered={hasFeedFilters(feedParams)} now={new Date()} />
      </div>
    </Container>
  );
}
