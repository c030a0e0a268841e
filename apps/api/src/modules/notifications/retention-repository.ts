import { type SQL, and, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { matchingTasksSeen } from './matching-tasks-seen.table.js';
import { notificationDigests } from './notification-digests.table.js';
import { notifications } from './notifications.table.js';

/**
 * Deletes up to `limit` notifications that are read and older than `readBefore`, or unread and older than
 * `unreadBefore`; answers how many. The BRIN index on created_at finds them without an index per recipient.
 */
export async function deleteOldNotifications(db: DbOrTx, cutoffs: { readBefore: Date; unreadBefore: Date }, limit: number) {
  const old = or(
    and(isNotNull(notifications.readAt), lt(notifications.createdAt, cutoffs.readBefore)),
    and(isNull(notifications.readAt), lt(notifications.createdAt, cutoffs.unreadBefore)),
  );
  return deleteBatch(db, notifications, notifications.id, old!, limit);
}

/** Digest marks older than `before`: nobody on the digest went that long without one, so nothing depends on them. */
export function deleteOldDigestMarks(db: DbOrTx, before: Date, limit: number) {
  return deleteBatch(db, notificationDigests, notificationDigests.userId, lt(notificationDigests.sentAt, before), limit);
}

/** "Seen up to" marks older than `before`: past the alerts' look-back they read the same as no mark. */
export function deleteOldSeenMarks(db: DbOrTx, before: Date, limit: number) {
  return deleteBatch(db, matchingTasksSeen, matchingTasksSeen.userId, lt(matchingTasksSeen.seenUpTo, before), limit);
}

type Table = typeof notifications | typeof notificationDigests | typeof matchingTasksSeen;

/** One short statement: at most `limit` rows, so no delete holds its locks or bloats a transaction for long. */
async function deleteBatch(db: DbOrTx, table: Table, key: AnyPgColumn, where: SQL, limit: number): Promise<number> {
  const rows = await db
    .delete(table)
    .where(sql`${key} in (select ${key} from ${table} where ${where} limit ${limit})`)
    .returning({ key });
  return rows.length;
}
