import { index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';

/** The one-to-one chat that selecting a response opens between the task's customer and that provider. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => users.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Orders the dialog list; moves with every message. */
    lastMessageAt: timestamp('last_message_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Read receipts: each side has read every message created at or before its mark. */
    customerReadAt: timestamp('customer_read_at', { withTimezone: true, precision: 3 }),
    providerReadAt: timestamp('provider_read_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    // One selection per task, so one conversation per task.
    uniqueIndex('conversations_task_uq').on(t.taskId),
    index('conversations_customer_idx').on(t.customerId, t.lastMessageAt.desc(), t.id.desc()),
    index('conversations_provider_idx').on(t.providerId, t.lastMessageAt.desc(), t.id.desc()),
  ],
);
