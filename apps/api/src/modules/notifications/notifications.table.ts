import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

/** What a notification's text needs; only what its recipient may see. */
export type NotificationParams = Record<string, string | number>;

/**
 * One in-app notification for one person (issue 7). Worded by the web from `type` and `params`. New matching
 * tasks are not stored here (decision 015): they are computed from the feed against `matching_tasks_seen`.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** One of the contract's NotificationType values. */
    type: text('type').notNull(),
    /** The event that caused it, e.g. `response.new:<responseId>`: delivering it twice makes one row. */
    eventKey: text('event_key').notNull(),
    link: text('link').notNull(),
    params: jsonb('params').$type<NotificationParams>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    unique('notifications_event_recipient_key').on(t.eventKey, t.recipientId),
    // The list pages newest-first by keyset (createdAt, id).
    index('notifications_recipient_idx').on(t.recipientId, t.createdAt.desc(), t.id.desc()),
    // The unread badge and the unread filter touch only the few unread rows.
    index('notifications_unread_idx')
      .on(t.recipientId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.readAt} is null`),
    // Retention deletes by age; rows arrive in time order, so a BRIN index of a few pages serves it.
    index('notifications_created_brin_idx').using('brin', t.createdAt),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
