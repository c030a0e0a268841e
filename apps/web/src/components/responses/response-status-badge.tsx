import { useTranslations } from 'next-intl';
import type { TResponseOutcome } from '@dastiyor/contracts';

const tones: Record<TResponseOutcome, string> = {
  pending: 'bg-sky-100 text-sky-900',
  selected: 'bg-emerald-100 text-emerald-900',
  rejected: 'bg-slate-200 text-slate-700',
  not_chosen: 'bg-slate-200 text-slate-700',
  withdrawn: 'bg-slate-100 text-slate-600',
  task_cancelled: 'bg-slate-100 text-slate-600',
};

/** What became of a response, as a small coloured label. */
export function ResponseStatusBadge({ outcome }: { outcome: TResponseOutcome }) {
  const t = useTranslations('Responses.outcome');
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[outcome]}`}>{t(outcome)}</span>;
}
