import { useFormatter, useTranslations } from 'next-intl';
import type { TAdminTaskDetail } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';

/** Reports and stop-word flags about the task; resolving them happens in the complaints queue. */
export function AdminTaskComplaints({ complaints }: { complaints: TAdminTaskDetail['complaints'] }) {
  const t = useTranslations('Admin.tasks.complaints');
  const format = useFormatter();
  if (complaints.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100">
        {complaints.map((c) => (
          <li key={c.id} className="py-2.5 text-sm">
            <p className="flex flex-wrap gap-x-2 text-slate-500">
              <span>{format.dateTime(new Date(c.createdAt), { dateStyle: 'short', timeStyle: 'short' })}</span>
              <span>·</span>
              <span>{c.reporter ? c.reporter.name : t('stopWord')}</span>
              <span>·</span>
              <span className="font-semibold text-slate-800">{t(`statuses.${c.status}`)}</span>
            </p>
            <p className="mt-1 break-words text-slate-900">
              <span className="font-semibold">{c.reason}</span>
              {c.text ? `: ${c.text}` : null}
              {c.matchedWords && c.matchedWords.length > 0 ? ` (${c.matchedWords.join(', ')})` : null}
            </p>
            {c.resolutionNote ? <p className="mt-1 text-slate-600">{t('note', { note: c.resolutionNote })}</p> : null}
          </li>
        ))}
      </ul>
      <Link href="/admin/complaints" className="text-sm font-semibold text-brand-800 underline underline-offset-2">
        {t('queue')}
      </Link>
    </div>
  );
}
