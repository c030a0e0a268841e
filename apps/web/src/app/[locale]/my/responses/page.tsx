import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { fetchMyResponses } from '@/lib/responses-api';
import { filterOfTab, myResponsesTabs, tabOf } from '@/lib/responses-tabs';
import { requireUser } from '@/lib/session';
import { MyResponseCard } from '@/components/responses/my-response-card';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ tab?: string | string[]; cursor?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Responses.my' });
  return { title: t('title'), robots: { index: false } };
}

/** A provider's responses with what became of each, filtered by tab, newest first, a page at a time. */
export default async function MyResponsesPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const query = await searchParams;
  const tab = tabOf(query.tab);
  const cursor = typeof query.cursor === 'string' ? query.cursor : undefined;
  const me = await requireUser(locale, `/my/responses${tab === 'all' ? '' : `?tab=${tab}`}`);
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Responses.my');

  if (me.role !== 'provider') {
    return (
      <Container className="py-6 sm:py-10">
        <div className="mx-auto max-w-3xl space-y-4">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
          <Notice tone="empty">{t('providersOnly')}</Notice>
        </div>
      </Container>
    );
  }

  const result = await fetchMyResponses({ ...filterOfTab(tab), cursor });
  const now = new Date();
  const tabQuery = tab === 'all' ? {} : { tab };

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <nav aria-label={t('tabsLabel')} className="mt-4">
          {/* Wrapped rather than scrolled sideways, so the chosen tab is always in sight on a phone. */}
          <ul className="flex flex-wrap gap-2">
            {myResponsesTabs.map((key) => (
              <li key={key} className="shrink-0">
                <Link
                  href={{ pathname: '/my/responses', query: key === 'all' ? {} : { tab: key } }}
                  aria-current={key === tab ? 'page' : undefined}
                  className={`inline-flex min-h-10 items-center rounded-full border px-3 text-sm font-semibold ${
                    key === tab
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-300 bg-white text-slate-700 hover:border-brand-600'
                  }`}
                >
                  {t(`tabs.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-5 space-y-3">
          {result.status !== 'ok' ? (
            <Notice tone="error">{t('loadError')}</Notice>
          ) : result.data.items.length === 0 ? (
            <Notice tone="empty">
              {cursor ? t('noMore') : t(`empty.${tab}`)}{' '}
              {!cursor && tab === 'all' ? (
                <Link href="/tasks" className="font-semibold text-brand-800 underline">
                  {t('toFeed')}
                </Link>
              ) : null}
            </Notice>
          ) : (
            <ul className="space-y-3">
              {result.data.items.map((response) => (
                <li key={response.id}>
                  <MyResponseCard response={response} now={now} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          {result.status === 'ok' && (cursor || result.data.nextCursor) ? (
            <nav aria-label={t('pagesLabel')} className="flex flex-wrap justify-between gap-3 pt-2 text-sm font-semibold">
              {cursor ? (
                <Link href={{ pathname: '/my/responses', query: tabQuery }} className="text-brand-800 hover:underline">
                  {t('newest')}
                </Link>
              ) : (
                <span />
              )}
              {result.data.nextCursor ? (
                <Link
                  href={{ pathname: '/my/responses', query: { ...tabQuery, cursor: result.data.nextCursor } }}
                  className="text-brand-800 hover:underline"
                >
                  {t('older')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      </div>
    </Container>
  );
}
