import type { TNotificationSettings } from '@dastiyor/contracts';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notificationSettings } from './notification-settings.table.js';

/** The stored settings, or null when the person never saved any. */
export async function findNotificationSettings(db: DbOrTx, userId: string): Promise<TNotificationSettings | null> {
  const [row] = await db
    .select({ settings: notificationSettings.settings })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  return row?.settings ?? null;
}

export async function upsertNotificationSettings(db: DbOrTx, userId: string, settings: TNotificationSettings, now: Date): Promise<void> {
  await db
    .insert(notificationSettings)
    .values({ userId, settings, updatedAt: now })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { settings, updatedAt: now } });
}
