import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

/**
 * When a provider on the daily task digest (issue 7) was last sent one: the next digest lists only
 * matching tasks published after it, so no task is listed twice.
 */
export const notificationDigests = pgTable('notification_digests', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }).notNull(),
});
