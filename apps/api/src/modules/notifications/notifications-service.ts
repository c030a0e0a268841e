import type { TNotificationsResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/sessions-service.js';
import { presentNotification } from './notification-presenter.js';
import { countUnread, findNotifications, markRead } from './notifications-repository.js';

export interface NotificationsDeps {
  db: Db;
  clock: () => Date;
}

/** The signed-in person's notifications newest-first (only unread ones with `unread`), with the unread count. */
export async function listNotifications(
  deps: NotificationsDeps,
  auth: AuthContext,
  query: { cursor?: string; limit: number; unread?: boolean },
): Promise<TNotificationsResponse> {
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const [rows, unreadCount] = await Promise.all([
    findNotifications(deps.db, auth.user.id, { before, unreadOnly: query.unread === true, limit: query.limit + 1 }),
    countUnread(deps.db, auth.user.id),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentNotification),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    unreadCount,
  };
}

/** Marks the given (or all) of one's own notifications read; ids of anyone else's are simply not touched. */
export async function markNotificationsRead(
  deps: NotificationsDeps,
  auth: AuthContext,
  input: { ids?: string[]; all?: true },
): Promise<{ unreadCount: number }> {
  await markRead(deps.db, auth.user.id, input.all ? 'all' : (input.ids ?? []), deps.clock());
  return { unreadCount: await countUnread(deps.db, auth.user.id) };
}
