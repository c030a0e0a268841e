import type { TNotificationSettings } from '@dastiyor/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type NotificationRow, notifications } from './notifications.table.js';
import { notificationSettings } from './notification-settings.table.js';
import { pushSubscriptions } from '../push/push.table.js';
import { users } from '../users/users.table.js';

/** Where a person can be reached: a contact counts only once verified. */
export interface DeliveryContact {
  locale: 'ru' | 'tg';
  email: string | null;
  phone: string | null;
}

/** What deciding someone's deliveries needs: contacts, stored settings (null: the defaults) and browsers. */
export interface DeliveryTarget extends DeliveryContact {
  userId: string;
  settings: TNotificationSettings | null;
  devices: number;
}

export async function findDeliveryContact(db: DbOrTx, userId: string): Promise<DeliveryContact | null> {
  const [row] = await db
    .select({
      locale: users.locale,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      phone: users.phone,
      phoneVerifiedAt: users.phoneVerifiedAt,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || row.status !== 'active') return null;
  return {
    locale: row.locale,
    email: row.emailVerifiedAt ? row.email : null,
    phone: row.phoneVerifiedAt ? row.phone : null,
  };
}

/** Verified contacts only, as in findDeliveryContact, in SQL. */
export const verifiedEmail = sql<string | null>`case when ${users.emailVerifiedAt} is not null then ${users.email} end`;
export const verifiedPhone = sql<string | null>`case when ${users.phoneVerifiedAt} is not null then ${users.phone} end`;
export const browserCount = sql<number>`(select count(*)::int from ${pushSubscriptions} where ${pushSubscriptions.userId} = ${users.id})`;

/**
 * Contacts, settings and browser counts of many people in one query (issue 15: four queries per
 * recipient, all at once, emptied the pool). Blocked or unknown people are simply absent.
 */
export async function findDeliveryTargets(db: DbOrTx, userIds: string[]): Promise<DeliveryTarget[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: users.id,
      locale: users.locale,
      email: verifiedEmail,
      phone: verifiedPhone,
      settings: notificationSettings.settings,
      devices: browserCount,
    })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(and(inArray(users.id, userIds), eq(users.status, 'active')));
}

export async function findNotification(db: DbOrTx, id: string): Promise<NotificationRow | null> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row ?? null;
}
