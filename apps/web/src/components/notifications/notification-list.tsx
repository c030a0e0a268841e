'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TNotification, TNotificationsResponse } from '@dastiyor/contracts';
import { announceNotifications, onNotificationsChange } from '@/lib/notifications-unread';
import { callApi, type ClientProblem } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { secondaryButton } from '@/components/ui/button-styles';
import { Notice } from '@/components/ui/notice';
import { NotificationItem } from './notification-item';

/** Newest first, more by cursor, live arrivals on top, "mark all read"; every change reaches the bell too. */
export function NotificationList({ initial, pageSize }: { initial: TNotificationsResponse; pageSize: number }) {
  const t = useTranslations('Notifications');
  const tProblems = useTranslations('Problems');
  const [items, setItems] = useState<TNotification[]>(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [unread, setUnread] = useState(initial.unreadCount);
  const [busy, setBusy] = useState<'more' | 'all' | null>(null);
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(
    () =>
      onNotificationsChange(({ unreadCount, arrived }) => {
        setUnread(unreadCount);
        if (arrived) setItems((current) => (current.some((n) => n.id === arrived.id) ? current : [arrived, ...current]));
        setNow(new Date());
      }),
    [],
  );

  async function loadMore() {
    if (!cursor) return;
    setBusy('more');
    const query = new URLSearchParams({ limit: String(pageSize), cursor });
    const result = await callApi<TNotificationsResponse>('GET', `/api/v1/notifications?${query}`);
    setBusy(null);
    if (!result.ok) return setProblem(result.problem);
    setProblem(null);
    setItems((current) => [...current, ...result.data.items.filter((n) => !current.some((c) => c.id === n.id))]);
    setCursor(result.data.nextCursor);
  }

  async function markRead(body: { ids: string[] } | { all: true }) {
    const result = await callApi<{ unreadCount: number }>('POST', '/api/v1/notifications/read', body);
    if (!result.ok) return setProblem(result.problem);
    setProblem(null);
    const readAt = new Date().toISOString();
    const touched = 'all' in body ? null : new Set(body.ids);
    setItems((current) => current.map((n) => (n.readAt === null && (!touched || touched.has(n.id)) ? { ...n, readAt } : n)));
    announceNotifications({ unreadCount: result.data.unreadCount });
  }

  async function markAll() {
    setBusy('all');
    await markRead({ all: true });
    setBusy(null);
  }

  if (items.length === 0) return <Notice tone="empty">{t('empty')}</Notice>;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" aria-live="polite">
          {t('unreadCount', { count: unread })}
        </p>
        {unread > 0 ? (
          <button type="button" onClick={() => void markAll()} disabled={busy !== null} className={secondaryButton}>
            {busy === 'all' ? t('markingAll') : t('markAll')}
          </button>
        ) : null}
      </div>
      {problem ? <Notice tone="error">{problemMessage(problem, tProblems)}</Notice> : null}
      <ul className="space-y-2">
        {items.map((notification) => (
          <NotificationItem
            key={notification.id}
            notification={notification}
            now={now}
            // Not awaited: the link navigates at once, the badge follows when the API answers.
            onOpen={() => {
              if (notification.readAt === null) void markRead({ ids: [notification.id] });
            }}
          />
        ))}
      </ul>
      {cursor ? (
        <div className="text-center">
          <button type="button" onClick={() => void loadMore()} disabled={busy !== null} className={secondaryButton}>
            {busy === 'more' ? t('loadingMore') : t('loadMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
