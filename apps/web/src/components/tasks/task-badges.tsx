import { useTranslations } from 'next-intl';
import type { TTaskStatus } from '@dastiyor/contracts';

const statusTones: Record<TTaskStatus, string> = {
  draft: 'bg-slate-100 text-slate-700',
  new: 'bg-emerald-100 text-emerald-900',
  in_progress: 'bg-sky-100 text-sky-900',
  completed: 'bg-brand-100 text-brand-900',
  cancelled: 'bg-red-100 text-red-800',
};

export function TaskStatusBadge({ status }: { status: TTaskStatus }) {
  const t = useTranslations('TaskCard.status');
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${statusTones[status]}`}>{t(status)}</span>;
}

export function UrgentBadge() {
  const t = useTranslations('TaskCard');
  return (
    <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900">{t('urgent')}</span>
  );
}
