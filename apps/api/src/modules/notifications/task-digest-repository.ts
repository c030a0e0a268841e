import { and, count, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notificationDigests, notificationSettings, notifications, tasks, users } from '../../db/schema/index.js';

/** Active providers who chose the daily digest, with when they last got one (null: never). */
export function findDigestSubscribers(db: DbOrTx): Promise<Array<{ userId: string; lastSentAt: Date | null }>> {
  return db
    .select({ userId: users.id, lastSentAt: notificationDigests.sentAt })
    .from(notificationSettings)
    .innerJoin(users, eq(users.id, notificationSettings.userId))
    .leftJoin(notificationDigests, eq(notificationDigests.userId, users.id))
    .where(and(sql`${notificationSettings.settings}->>'taskDigest' = 'daily'`, eq(users.role, 'provider'), eq(users.status, 'active')));
}

/**
 * A provider's task.matching notifications created in (since, until], newest first, up to `limit`, and how many in all;
 * tasks moderation hid since are left out (the link is `/tasks/<id>`, so the task is one primary-key probe).
 */
export async function findMatchingBetween(db: DbOrTx, userId: string, since: Date, until: Date, limit: number) {
  const where = and(
    eq(notifications.recipientId, userId),
    eq(notifications.type, 'task.matching'),
    gt(notifications.createdAt, since),
    lte(notifications.createdAt, until),
    sql`not exists (select 1 from ${tasks} where ${tasks.id} = substr(${notifications.link}, 8)::uuid and ${tasks.hiddenAt} is not null)`,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ link: notifications.link, params: notifications.params })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function recordDigest(db: DbOrTx, userId: string, sentAt: Date): Promise<void> {
  await db
    .insert(notificationDigests)
    .values({ userId, sentAt })
    .onConflictDoUpdate({ target: notificationDigests.userId, set: { sentAt } });
}
