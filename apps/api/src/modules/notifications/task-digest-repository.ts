import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notificationDigests } from './notification-digests.table.js';
import { notificationSettings } from './notification-settings.table.js';
import { userContacts } from '../users/index.js';

/** Active providers who chose the daily digest, with when they last got one (null: never). */
export function findDigestSubscribers(db: DbOrTx): Promise<Array<{ userId: string; lastSentAt: Date | null }>> {
  return db
    .select({ userId: userContacts.id, lastSentAt: notificationDigests.sentAt })
    .from(notificationSettings)
    .innerJoin(userContacts, eq(userContacts.id, notificationSettings.userId))
    .leftJoin(notificationDigests, eq(notificationDigests.userId, userContacts.id))
    .where(
      and(
        sql`${notificationSettings.settings}->>'taskDigest' = 'daily'`,
        eq(userContacts.role, 'provider'),
        eq(userContacts.status, 'active'),
      ),
    );
}

export async function recordDigest(db: DbOrTx, userId: string, sentAt: Date): Promise<void> {
  await db
    .insert(notificationDigests)
    .values({ userId, sentAt })
    .onConflictDoUpdate({ target: notificationDigests.userId, set: { sentAt } });
}
