import { useTranslations } from 'next-intl';
import type { TConversation } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { RelativeTime } from '@/components/tasks/relative-time';
import { PersonAvatar } from '@/components/responses/person-avatar';

/** The dialogs, each with the other person, the task, the last message and how many are unread. */
export function ConversationList({ conversations, viewerId, now }: { conversations: TConversation[]; viewerId: string; now: Date }) {
  const t = useTranslations('Chat');
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white">
      {conversations.map((c) => {
        const last = c.lastMessage;
        const preview = last ? (last.text ?? t('photo')) : t('noMessages');
        return (
          <li key={c.id}>
            <Link href={`/chat/${c.id}`} className="flex min-w-0 items-center gap-3 px-4 py-3 hover:bg-slate-50">
              <PersonAvatar name={c.counterpart.name} url={c.counterpart.avatar?.small ?? null} />
              <div className="min-w-0 flex-1">
                <div className="flex items-baseline justify-between gap-2">
                  <p className="truncate font-semibold text-slate-900">{c.counterpart.name}</p>
                  <p className="shrink-0 text-xs text-slate-500">
                    <RelativeTime iso={c.lastMessageAt} now={now} />
                  </p>
                </div>
                <p className="truncate text-xs text-slate-500">{c.task.title}</p>
                <div className="mt-0.5 flex items-center justify-between gap-2">
                  <p className={`truncate text-sm ${c.unreadCount > 0 ? 'font-semibold text-slate-900' : 'text-slate-600'}`}>
                    {last && last.senderId === viewerId ? `${t('you')} ` : ''}
                    {preview}
                  </p>
                  {c.unreadCount > 0 ? (
                    <span className="flex min-w-6 shrink-0 items-center justify-center rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-bold text-white">
                      <span className="sr-only">{t('unread', { count: c.unreadCount })}</span>
                      <span aria-hidden="true">{c.unreadCount}</span>
                    </span>
                  ) : null}
                </div>
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
