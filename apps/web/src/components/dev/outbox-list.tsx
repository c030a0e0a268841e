import { useFormatter, useTranslations } from 'next-intl';
import type { OutboxItem } from '@/lib/dev-outbox-api';

/** Captured messages, newest first as the API orders them; the text is shown whole (codes, links). */
export function OutboxList({ items }: { items: OutboxItem[] }) {
  const t = useTranslations('DevOutbox');
  const format = useFormatter();
  return (
    <ol className="space-y-3">
      {items.map((item, index) => (
        <li key={`${item.createdAt}-${index}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-bold uppercase ${item.channel === 'sms' ? 'bg-amber-100 text-amber-900' : 'bg-sky-100 text-sky-900'}`}
            >
              {t(`channel.${item.channel}`)}
            </span>
            <span className="font-medium break-all text-slate-900">{item.to}</span>
            <time dateTime={item.createdAt} className="text-slate-500">
              {format.dateTime(new Date(item.createdAt), { dateStyle: 'medium', timeStyle: 'medium' })}
            </time>
          </div>
          {item.subject ? <p className="mt-2 font-semibold break-words text-slate-900">{item.subject}</p> : null}
          <p className="mt-1 break-words whitespace-pre-wrap text-slate-700">{item.text}</p>
        </li>
      ))}
    </ol>
  );
}
