import { useLocale, useTranslations } from 'next-intl';
import type { TTaskCard } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { formatSomoni } from '@/lib/money';
import { RelativeTime } from './relative-time';
import { TaskStatusBadge, UrgentBadge } from './task-badges';

/**
 * One task in a list: the whole card links to the task page (the title is the link, stretched over the card,
 * so screen readers hear one link, not six). `showStatus` for the customer's own list. A card pinned to the top
 * of a Premium provider's feed is outlined in amber and says why it is there.
 */
export function TaskCard({ task, now, showStatus = false }: { task: TTaskCard; now: Date; showStatus?: boolean }) {
  const t = useTranslations('TaskCard');
  const tm = useTranslations('Money');
  const locale = useLocale();
  const place = [task.city.name[locale], task.district?.name[locale]].filter(Boolean).join(', ');
  const budget =
    task.budgetType === 'fixed' && task.budgetAmount !== null
      ? tm('amount', { amount: formatSomoni(task.budgetAmount, locale) })
      : t('negotiable');

  return (
    <article
      className={`relative flex h-full flex-col rounded-xl border p-4 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600 sm:p-5 ${
        task.pinned ? 'border-amber-400 bg-amber-50 ring-1 ring-amber-400' : 'border-slate-200 bg-white'
      }`}
    >
      <div className="flex items-start justify-between gap-3">
        <p className="min-w-0 text-sm break-words text-slate-500">
          <span className="sr-only">{t('category')}: </span>
          {task.subcategory.name[locale]}
        </p>
        <div className="flex shrink-0 flex-wrap justify-end gap-1.5">
          {task.pinned ? (
            <span className="rounded-full border border-amber-400 bg-amber-50 px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900">
              {t('pinned')}
            </span>
          ) : null}
          {showStatus ? <TaskStatusBadge status={task.status} /> : null}
          {task.urgency === 'urgent' ? <UrgentBadge /> : null}
        </div>
      </div>
      <div className="mt-2 flex gap-3">
        <div className="min-w-0 flex-1">
          <h3 className="line-clamp-2 text-lg leading-snug font-semibold break-words text-slate-900">
            <Link href={`/tasks/${task.id}`} className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none">
              {task.title}
            </Link>
          </h3>
          <p className="mt-2 line-clamp-3 text-sm break-words text-slate-600">{task.excerpt}</p>
        </div>
        {task.thumbnailUrl ? (
          // The 320 px variant, shown at 80 px: sharp on dense screens, still small on slow data.
          <img
            src={task.thumbnailUrl}
            alt=""
            width={80}
            height={80}
            loading="lazy"
            decoding="async"
            className="size-20 shrink-0 rounded-lg bg-slate-100 object-cover"
          />
        ) : null}
      </div>
      <div className="mt-auto pt-4">
        <div className="flex items-baseline justify-between gap-3">
          <p className="text-base font-semibold text-slate-900">
            <span className="sr-only">{t('budget')}: </span>
            {budget}
          </p>
          <p className="shrink-0 text-sm text-slate-500">
            <RelativeTime iso={task.createdAt} now={now} />
          </p>
        </div>
        <p className="mt-1 text-sm text-slate-500">{place}</p>
      </div>
    </article>
  );
}
