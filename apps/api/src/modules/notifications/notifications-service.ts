import type { TMarkNotificationsReadResponse, TNotificationsResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { markMatchingTasksSeen, summarizeMatchingTasks } from './matching-alerts.js';
import { presentNotification } from './notification-presenter.js';
import { countUnread, findNotifications, markRead } from './notifications-repository.js';

export interface NotificationsDeps {
  db: Db;
  clock: () => Date;
}

/**
 * The signed-in person's notifications newest-first (only unread ones with `unread`), with the unread count; a
 * provider also gets the new tasks matching them, computed from the feed (decision 015) and counted in it.
 */
export async function listNotifications(
  deps: NotificationsDeps,
  auth: AuthContext,
  query: { cursor?: string; limit: number; unread?: boolean },
): Promise<TNotificationsResponse> {
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const [rows, unreadRows, matchingTasks] = await Promise.all([
    findNotifications(deps.db, auth.user.id, { before, unreadOnly: query.unread === true, limit: query.limit + 1 }),
    countUnread(deps.db, auth.user.id),
    auth.user.role === 'provider' ? summarizeMatchingTasks(deps, auth.user.id) : null,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentNotification),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    unreadCount: unreadRows + (matchingTasks?.count ?? 0),
    matchingTasks,
  };
}

/**
 * Marks the given (or all) of one's own notifications read; ids of anyone else's are simply not touched. `all`
 * and `matchingTasks` also move a provider's "seen up to" mark to now, which empties the matching count; a
 * provider gets the matching tasks as they now stand.
 */
export async function markNotificationsRead(
  deps: NotificationsDeps,
  auth: AuthContext,
  input: { ids?: string[]; all?: true; matchingTasks?: true },
): Promise<TMarkNotificationsReadResponse> {
  const provider = auth.user.role === 'provider';
  if (input.ids || input.all) await markRead(deps.db, auth.user.id, input.all ? 'all' : (input.ids ?? []), deps.clock());
  if ((input.all || input.matchingTasks) && provider) await markMatchingTasksSeen(deps, auth.user.id);
  const [unreadRows, matchingTasks] = await Promise.all([
    countUnread(deps.db, auth.user.id),
    provider ? summarizeMatchingTasks(deps, auth.user.id) : null,
  ]);
  return { unreadCount: unreadRows + (matchingTasks?.count ?? 0), matchingTasks };
}
