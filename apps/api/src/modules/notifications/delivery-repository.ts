import type { TNotificationSettings } from '@dastiyor/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type NotificationRow, notifications } from './notifications.table.js';
import { notificationSettings } from './notification-settings.table.js';
import { browserCountOf } from '../push/index.js';
import { userContacts } from '../users/index.js';

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
    .select({ locale: userContacts.locale, email: userContacts.email, phone: userContacts.phone, status: userContacts.status })
    .from(userContacts)
    .where(eq(userContacts.id, userId));
  if (!row || row.status !== 'active') return null;
  return { locale: row.locale, email: row.email, phone: row.phone };
}

/**
 * Contacts, settings and browser counts of many people in one query (issue 15: four queries per
 * recipient, all at once, emptied the pool). Blocked or unknown people are simply absent.
 */
export async function findDeliveryTargets(db: DbOrTx, userIds: string[]): Promise<DeliveryTarget[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: userContacts.id,
      locale: userContacts.locale,
      email: userContacts.email,
      phone: userContacts.phone,
      settings: notificationSettings.settings,
      devices: browserCountOf(userContacts.id),
    })
    .from(userContacts)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, userContacts.id))
    .where(and(inArray(userContacts.id, userIds), eq(userContacts.status, 'active')));
}

export async function findNotification(db: DbOrTx, id: string): Promise<NotificationRow | null> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row ?? null;
}
