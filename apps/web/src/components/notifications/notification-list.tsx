'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TMatchingTasksSummary, TNotification, TNotificationsResponse } from '@dastiyor/contracts';
import { withMatchingTask } from '@/lib/matching-tasks-live';
import { announceNotifications, onNotificationsChange } from '@/lib/notifications-unread';
import { api, settle } from '@/lib/api-client';
import type { ClientProblem } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { secondaryButton } from '@/components/ui/button-styles';
import { Notice } from '@/components/ui/notice';
import { MatchingTasksCard } from './matching-tasks-card';
import { NotificationItem } from './notification-item';

/**
 * Newest first, more by cursor, live arrivals on top, "mark all read"; every change reaches the bell too. A
 * provider's new matching tasks are one pinned entry above the list (the bell counted them as they came).
 */
export function NotificationList({ initial, pageSize }: { initial: TNotificationsResponse; pageSize: number }) {
  const t = useTranslations('Notifications');
  const tProblems = useTranslations('Problems');
  const [items, setItems] = useState<TNotification[]>(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [unread, setUnread] = useState(initial.unreadCount);
  const [matching, setMatching] = useState<TMatchingTasksSummary | null>(initial.matchingTasks);
  const [busy, setBusy] = useState<'more' | 'all' | null>(null);
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(
    () =>
      onNotificationsChange(({ unreadCount, arrived, matchingTask, matchingTasks }) => {
        setUnread(unreadCount);
        if (arrived) setItems((current) => (current.some((n) => n.id === arrived.id) ? current : [arrived, ...current]));
        if (matchingTasks) setMatching(matchingTasks);
        else if (matchingTask) setMatching((current) => current && withMatchingTask(current, matchingTask));
        setNow(new Date());
      }),
    [],
  );

  async function loadMore() {
    if (!cursor) return;
    setBusy('more');
    const result = await settle(api.GET('/api/v1/notifications', { params: { query: { limit: pageSize, cursor } } }));
    setBusy(null);
    if (!result.ok) return setProblem(result.problem);
    setProblem(null);
    setItems((current) => [...current, ...result.data.items.filter((n) => !current.some((c) => c.id === n.id))]);
    setCursor(result.data.nextCursor);
  }

  async function markRead(body: { ids: string[] } | { all: true } | { matchingTasks: true }) {
    const result = await settle(api.POST('/api/v1/notifications/read', { body }));
    if (!result.ok) return setProblem(result.problem);
    setProblem(null);
    if (!('matchingTasks' in body)) {
      const readAt = new Date().toISOString();
      const touched = 'all' in body ? null : new Set(body.ids);
      setItems((current) => current.map((n) => (n.readAt === null && (!touched || touched.has(n.id)) ? { ...n, readAt } : n)));
    }
    const { unreadCount, matchingTasks } = result.data;
    announceNotifications(matchingTasks ? { unreadCount, matchingTasks } : { unreadCount });
  }

  async function markAll() {
    setBusy('all');
    await markRead({ all: true });
    setBusy(null);
  }

  const newTasks =
    matching && matching.count > 0 ? (
      // Not awaited: the link navigates at once, the badge follows when the API answers.
      <MatchingTasksCard summary={matching} now={now} onOpen={() => void markRead({ matchingTasks: true })} />
    ) : null;
  if (items.length === 0 && !newTasks) return <Notice tone="empty">{t('empty')}</Notice>;
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
      {newTasks}
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
