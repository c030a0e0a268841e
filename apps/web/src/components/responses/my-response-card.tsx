import { useTranslations } from 'next-intl';
import type { TMyResponse } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { RelativeTime } from '@/components/tasks/relative-time';
import { ResponseFigures } from './response-figures';
import { ResponseStatusBadge } from './response-status-badge';

/** A response in the provider's list: the task it answers (a link), what became of it, price and estimate. */
export function MyResponseCard({ response, now, locale }: { response: TMyResponse; now: Date; locale: 'ru' | 'tg' }) {
  const t = useTranslations('Responses.my');
  const { task } = response;
  return (
    <article className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-500">{task.subcategory.name[locale]}</p>
        <ResponseStatusBadge outcome={response.outcome} />
      </div>
      <h2 className="text-base leading-snug font-semibold break-words text-slate-900">
        <Link href={`/tasks/${task.id}`} className="hover:text-brand-800 hover:underline">
          {task.title}
        </Link>
      </h2>
      <ResponseFigures price={response.price} etaMinutes={response.etaMinutes} />
      <p className="line-clamp-2 text-sm break-words text-slate-600">{response.comment}</p>
      <p className="text-xs text-slate-500">
        {t('sent')} <RelativeTime iso={response.createdAt} now={now} />
        {' · '}
        {[task.city.name[locale], task.district?.name[locale]].filter(Boolean).join(', ')}
      </p>
    </article>
  );
}
