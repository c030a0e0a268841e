import type { TMatchingTask, TMatchingTasksSummary, TNotification } from '@dastiyor/contracts';

// Browser only: the bell (which owns the socket) and the notifications page tell each other about changes
// through one window event, so marking read on the page drops the badge and a live one reaches the list.

export interface NotificationsChange {
  unreadCount: number;
  /** A notification that has just arrived over the socket. */
  arrived?: TNotification;
  /** A new matching task that has just arrived over the socket (already counted in `unreadCount`). */
  matchingTask?: TMatchingTask;
  /** The matching tasks as the API now tells them (a fresh fetch, or marked seen): replaces what was shown. */
  matchingTasks?: TMatchingTasksSummary;
}

const eventName = 'dastiyor:notifications';

export function announceNotifications(change: NotificationsChange): void {
  window.dispatchEvent(new CustomEvent<NotificationsChange>(eventName, { detail: change }));
}

/** Calls `listener` on every change; returns the function that stops listening. */
export function onNotificationsChange(listener: (change: NotificationsChange) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<NotificationsChange>).detail);
  window.addEventListener(eventName, handle);
  return () => window.removeEventListener(eventName, handle);
}
