import type { TNotificationsResponse } from '@dastiyor/contracts';
import { getWithSession, isRecord, type SessionGetResult } from './session-api';

// Server only: the first render of the bell and of the notifications page, as the signed-in visitor.

const isPage = (body: unknown) => isRecord(body) && Array.isArray(body.items) && typeof body.unreadCount === 'number';

/** The newest notifications (newest first) and how many are unread. */
export function fetchNotifications(limit: number, cursor?: string): Promise<SessionGetResult<TNotificationsResponse>> {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  return getWithSession(`/api/v1/notifications?${query}`, isPage);
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
