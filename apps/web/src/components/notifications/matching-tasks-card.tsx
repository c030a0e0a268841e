'use client';

import { useTranslations } from 'next-intl';
import type { TMatchingTasksSummary } from '@dastiyor/contracts';
import { Link } from '@/i18n/navigation';
import { RelativeTime } from '@/components/tasks/relative-time';

/** The feed filtered to what the provider's alerts count (same rule, decision 015). */
export const matchingFeedHref = { pathname: '/tasks', query: { matching: '1' } } as const;

/**
 * The one pinned entry standing for every new task that matches the provider: how many, the newest few by
 * name, and the way to all of them in the feed. One entry, not one per task: at national scale a provider can
 * match dozens a day, and they would bury the responses and chats the list is for. Opening it marks them seen.
 */
export function MatchingTasksCard({ summary, now, onOpen }: { summary: TMatchingTasksSummary; now: Date; onOpen: () => void }) {
  const t = useTranslations('Notifications.matching');
  return (
    <section
      aria-labelledby="matching-tasks-title"
      data-testid="matching-tasks"
      className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3"
    >
      <h2 id="matching-tasks-title" className="text-sm font-semibold text-slate-900">
        {summary.capped ? t('titleCapped') : t('title', { count: summary.count })}
      </h2>
      <ul className="mt-2 space-y-1.5">
        {summary.latest.map((task) => (
          <li key={task.id} className="flex min-w-0 items-baseline justify-between gap-3 text-sm">
            <Link href={`/tasks/${task.id}`} className="min-w-0 truncate font-medium text-brand-800 underline-offset-2 hover:underline">
              {task.title}
            </Link>
            <span className="shrink-0 text-xs text-slate-500">
              <RelativeTime iso={task.publishedAt} now={now} />
            </span>
          </li>
        ))}
      </ul>
      <Link
        href={matchingFeedHref}
        onClick={onOpen}
        className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800 underline-offset-2 hover:underline"
      >
        {t('open')}
      </Link>
    </section>
  );
}
