import { useTranslations } from 'next-intl';
import type { TTaskFeedResponse } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import type { ApiResult } from '@/lib/api';
import { feedFailureKey } from '@/lib/feed-failure';
import { type FeedParams, feedPageQuery } from '@/lib/tasks-feed-query';
import { secondaryButton } from '@/components/ui/button-styles';
import { Notice } from '@/components/ui/notice';
import { TaskCard } from './task-card';

const linkClass = 'font-semibold text-brand-800 underline underline-offset-2';

/** One page of cards and a link to the next (by cursor: no page numbers, no total to count). */
export function FeedResults({
  params,
  page,
  filtered,
  now,
}: {
  params: FeedParams;
  page: ApiResult<TTaskFeedResponse>;
  filtered: boolean;
  now: Date;
}) {
  const t = useTranslations('TaskFeed');
  if (!page.ok) {
    return (
      <div className="space-y-3">
        <Notice tone="error">{t(feedFailureKey(page))}</Notice>
        <p className="text-center">
          <Link href={{ pathname: '/tasks', query: feedPageQuery(params) }} className={linkClass}>
            {t('firstPage')}
          </Link>
        </p>
      </div>
    );
  }
  const { items, nextCursor } = page.data;
  if (items.length === 0) {
    return (
      <div className="space-y-3">
        <Notice tone="empty">{params.cursor ? t('noMore') : filtered ? t('emptyFiltered') : t('empty')}</Notice>
        {filtered ? (
          <p className="text-center">
            <Link href="/tasks" className={linkClass}>
              {t('filters.reset')}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <section aria-label={t('resultsLabel')} className="space-y-4">
      <ul className="grid gap-4 md:grid-cols-2">
        {items.map((task) => (
          <li key={task.id}>
            <TaskCard task={task} now={now} />
          </li>
        ))}
      </ul>
      <nav aria-label={t('pagesLabel')} className="flex flex-wrap items-center justify-center gap-4">
        {params.cursor ? (
          <Link href={{ pathname: '/tasks', query: feedPageQuery(params) }} className={linkClass}>
            {t('firstPage')}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link href={{ pathname: '/tasks', query: feedPageQuery(params, { cursor: nextCursor }) }} className={secondaryButton}>
            {t('more')}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
