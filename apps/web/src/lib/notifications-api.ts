import type { TNotificationsResponse } from '@dastiyor/contracts';
import { asVisitor, sessionApi } from './server-api';

// Server only: the first render of the bell and of the notifications page, as the signed-in visitor.

/** The newest notifications (newest first) and how many are unread. */
export function fetchNotifications(limit: number, cursor?: string) {
  return asVisitor(sessionApi.GET('/api/v1/notifications', { params: { query: { limit, ...(cursor ? { cursor } : {}) } } }));
}

export type BellState = Pick<TNotificationsResponse, 'unreadCount' | 'matchingTasks'>;

/**
 * The unread count for the header's badge, with the matching tasks it includes (the bell needs them to tell a
 * live task it already counted); null when it cannot be told (the bell then shows no badge).
 */
export async function fetchBellState(): Promise<BellState | null> {
  const result = await fetchNotifications(1);
  return result.status === 'ok' ? { unreadCount: result.data.unreadCount, matchingTasks: result.data.matchingTasks } : null;
}
