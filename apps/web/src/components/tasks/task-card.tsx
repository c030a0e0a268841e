import { useLocale, useTranslations } from 'next-intl';
import type { TTaskCard } from '@dastiyor/contracts';
import { formatSomoni } from '@/lib/money';
import { RelativeTime } from './relative-time';

// Not a link yet: the task page arrives with its own feature.
export function TaskCard({ task, now }: { task: TTaskCard; now: Date }) {
  const t = useTranslations('TaskCard');
  const tm = useTranslations('Money');
  const locale = useLocale();
  const place = [task.city.name[locale], task.district?.name[locale]].filter(Boolean).join(', ');
  const budget =
    task.budgetType === 'fixed' && task.budgetAmount !== null
      ? tm('amount', { amount: formatSomoni(task.budgetAmount, locale) })
      : t('negotiable');

  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <p className="text-sm text-slate-500">
          <span className="sr-only">{t('category')}: </span>
          {task.subcategory.name[locale]}
        </p>
        {task.urgency === 'urgent' ? (
          <span className="shrink-0 rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">{t('urgent')}</span>
        ) : null}
      </div>
      <h3 className="mt-2 line-clamp-2 text-lg leading-snug font-semibold break-words text-slate-900">{task.title}</h3>
      <p className="mt-2 line-clamp-3 text-sm break-words text-slate-600">{task.excerpt}</p>
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
