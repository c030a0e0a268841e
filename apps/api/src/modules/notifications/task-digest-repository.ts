import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notificationDigests } from './notification-digests.table.js';
import { notificationSettings } from './notification-settings.table.js';
import { users } from '../users/users.table.js';

/** Active providers who chose the daily digest, with when they last got one (null: never). */
export function findDigestSubscribers(db: DbOrTx): Promise<Array<{ userId: string; lastSentAt: Date | null }>> {
  return db
    .select({ userId: users.id, lastSentAt: notificationDigests.sentAt })
    .from(notificationSettings)
    .innerJoin(users, eq(users.id, notificationSettings.userId))
    .leftJoin(notificationDigests, eq(notificationDigests.userId, users.id))
    .where(and(sql`${notificationSettings.settings}->>'taskDigest' = 'daily'`, eq(users.role, 'provider'), eq(users.status, 'active')));
}

export async function recordDigest(db: DbOrTx, userId: string, sentAt: Date): Promise<void> {
  await db
    .insert(notificationDigests)
    .values({ userId, sentAt })
    .onConflictDoUpdate({ target: notificationDigests.userId, set: { sentAt } });
}
