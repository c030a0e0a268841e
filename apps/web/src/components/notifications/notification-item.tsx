'use client';

import { useTranslations } from 'next-intl';
import type { TNotification } from '@dastiyor/contracts';
import { Link } from '@/i18n/navigation';
import { notificationHref, notificationTextKey, notificationTextValues } from '@/lib/notifications-text';
import { RelativeTime } from '@/components/tasks/relative-time';

/** One notification: its words, when it came, a dot while unread; opening it marks it read. */
export function NotificationItem({ notification, now, onOpen }: { notification: TNotification; now: Date; onOpen: () => void }) {
  const t = useTranslations('Notifications');
  const unread = notification.readAt === null;
  return (
    <li>
      <Link
        href={notificationHref(notification)}
        onClick={onOpen}
        data-unread={unread}
        className={`flex items-start gap-3 rounded-xl border px-4 py-3 transition-colors hover:border-brand-600 ${
          unread ? 'border-brand-200 bg-brand-50' : 'border-slate-200 bg-white'
        }`}
      >
        <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full ${unread ? 'bg-brand-700' : 'bg-transparent'}`} />
        <span className="min-w-0 flex-1">
          {unread ? <span className="sr-only">{t('unreadMark')}: </span> : null}
          <span className={`block text-sm break-words text-slate-900 ${unread ? 'font-semibold' : ''}`}>
            {t(`text.${notificationTextKey[notification.type]}`, notificationTextValues(notification))}
          </span>
          <span className="mt-1 block text-xs text-slate-500">
            <RelativeTime iso={notification.createdAt} now={now} />
          </span>
        </span>
      </Link>
    </li>
  );
}
