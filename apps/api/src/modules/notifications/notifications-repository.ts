import { type SQL, and, count, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type NotificationRow, notifications } from './notifications.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

/** Inserts what is new; a row whose (eventKey, recipient) exists is skipped. Answers only the rows inserted now. */
export async function insertNotifications(tx: DbOrTx, values: (typeof notifications.$inferInsert)[]): Promise<NotificationRow[]> {
  if (values.length === 0) return [];
  return tx
    .insert(notifications)
    .values(values)
    .onConflictDoNothing({ target: [notifications.eventKey, notifications.recipientId] })
    .returning();
}

/** A recipient's notifications newest-first, keyset on (created_at, id), older than `before` when given. */
export function findNotifications(
  db: DbOrTx,
  recipientId: string,
  options: { before: KeysetPosition | null; unreadOnly: boolean; limit: number },
) {
  const conditions: SQL[] = [eq(notifications.recipientId, recipientId)];
  if (options.unreadOnly) conditions.push(isNull(notifications.readAt));
  const { before } = options;
  if (before) {
    conditions.push(
      or(lt(notifications.createdAt, before.at), and(eq(notifications.createdAt, before.at), lt(notifications.id, before.id)))!,
    );
  }
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function countUnread(db: DbOrTx, recipientId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Unread counts of many recipients in one query (those with none are absent: 0). */
export async function countUnreadOf(db: DbOrTx, recipientIds: string[]): Promise<Map<string, number>> {
  if (recipientIds.length === 0) return new Map();
  const rows = await db
    .select({ recipientId: notifications.recipientId, n: count() })
    .from(notifications)
    .where(and(inArray(notifications.recipientId, recipientIds), isNull(notifications.readAt)))
    .groupBy(notifications.recipientId);
  return new Map(rows.map((r) => [r.recipientId, r.n]));
}

/** Marks the recipient's own unread rows read: all of them, or those among `ids` (others' ids match nothing). */
export async function markRead(db: DbOrTx, recipientId: string, ids: string[] | 'all', now: Date): Promise<void> {
  const conditions: SQL[] = [eq(notifications.recipientId, recipientId), isNull(notifications.readAt)];
  if (ids !== 'all') conditions.push(inArray(notifications.id, ids));
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(...conditions));
}
