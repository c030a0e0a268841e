'use client';

import { useEffect, useRef, useState } from 'react';
import NextLink from 'next/link';
import type { TMatchingTasksSummary } from '@dastiyor/contracts';
import { getPathname } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';
import { type PluralForms, pluralForm } from '@/lib/plural-form';
import { joinLiveSocket } from '@/lib/live-socket';
import { createMatchingTaskTracker } from '@/lib/matching-tasks-live';
import { announceNotifications, onNotificationsChange } from '@/lib/notifications-unread';
import { api, settle } from '@/lib/api-client';

/** Past this the badge says "99+": a wider badge would push the header over 360 px. */
const badgeMax = 99;

/**
 * The header's bell: the unread count as the server rendered it, then kept current by the socket (a new
 * notification, a new matching task), by the notifications page (marked read) and by a fresh count after every
 * reconnect. A matching task arrives without a count: the bell adds one unless it has counted that task already.
 */
export function NotificationBell({
  initialUnread,
  initialMatching,
  className,
  locale,
  labels,
}: {
  initialUnread: number | null;
  initialMatching: TMatchingTasksSummary | null;
  className: string;
  locale: AppLocale;
  /** Translated by the server: the bell is on every signed-in page and loads no message formatter (issue 18). */
  labels: { title: string; unread: PluralForms };
}) {
  const [unread, setUnread] = useState(initialUnread ?? 0);
  // Read inside socket callbacks, which are set up once; kept in step synchronously, so two tasks arriving in
  // one tick each add one.
  const unreadRef = useRef(unread);
  const [tracker] = useState(() => createMatchingTaskTracker(initialMatching));

  useEffect(
    () =>
      onNotificationsChange((change) => {
        unreadRef.current = change.unreadCount;
        setUnread(change.unreadCount);
        if (change.matchingTasks) tracker.reset(change.matchingTasks);
      }),
    [],
  );

  useEffect(
    () =>
      joinLiveSocket({
        onEvent: () => undefined,
        onStatus: () => undefined,
        onNotification: (event) => announceNotifications({ unreadCount: event.unreadCount, arrived: event.notification }),
        onMatchingTask: ({ task }) => {
          if (tracker.accept(task)) announceNotifications({ unreadCount: unreadRef.current + 1, matchingTask: task });
        },
        // What arrived while the socket was down is only counted, never pushed: ask again.
        onLive: () =>
          void settle(api.GET('/api/v1/notifications', { params: { query: { limit: 1 } } })).then((result) => {
            if (!result.ok) return;
            const { unreadCount, matchingTasks } = result.data;
            announceNotifications(matchingTasks ? { unreadCount, matchingTasks } : { unreadCount });
          }),
      }),
    [],
  );

  const label = unread > 0 ? pluralForm(labels.unread, locale, unread) : labels.title;
  return (
    <NextLink
      href={getPathname({ locale, href: '/notifications' })}
      title={label}
      className={`relative ${className}`}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="sr-only">{label}</span>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          data-testid="notification-badge"
          className="absolute top-1 right-0.5 min-w-4.5 rounded-full bg-red-600 px-1 text-center text-[11px]/4.5 font-bold text-white"
        >
          {unread > badgeMax ? `${badgeMax}+` : unread}
        </span>
      ) : null}
    </NextLink>
  );
}
