import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type NotificationRow, notifications, users } from '../../db/schema/index.js';

/** Where a person can be reached: a contact counts only once verified. */
export interface DeliveryContact {
  locale: 'ru' | 'tg';
  email: string | null;
  phone: string | null;
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

export async function findNotification(db: DbOrTx, id: string): Promise<NotificationRow | null> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row ?? null;
}
