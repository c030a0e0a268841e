import type { TNotificationSettings } from '@dastiyor/contracts';
import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

/** A person's chosen channels per notification type (issue 7); no row means the defaults. */
export const notificationSettings = pgTable('notification_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  // One document, read and written whole: the settings page saves them all at once.
  settings: jsonb('settings').$type<TNotificationSettings>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
});
