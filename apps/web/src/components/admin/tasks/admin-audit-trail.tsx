import { useFormatter, useTranslations } from 'next-intl';
import type { TAdminAuditEntry } from '@dastiyor/contracts';

const brief = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** The newest audit entries about one target: who did what, when, from where, and what changed. */
export function AdminAuditTrail({ entries }: { entries: TAdminAuditEntry[] }) {
  const t = useTranslations('Admin.tasks.audit');
  const format = useFormatter();
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {entries.map((entry) => (
        <li key={entry.id} className="py-2.5 text-sm">
          <p className="flex flex-wrap gap-x-2 text-slate-500">
            <span>{format.dateTime(new Date(entry.createdAt), { dateStyle: 'short', timeStyle: 'medium' })}</span>
            <span>·</span>
            <span className="text-slate-800">{entry.actor ? entry.actor.name : t('system')}</span>
            {entry.ip ? <span>· {entry.ip}</span> : null}
          </p>
          <p className="mt-0.5 font-mono text-xs font-semibold break-all text-slate-900">{entry.action}</p>
          <p className="mt-0.5 font-mono text-xs break-all text-slate-600">
            {brief(entry.before)} → {brief(entry.after)}
          </p>
        </li>
      ))}
    </ol>
  );
}
