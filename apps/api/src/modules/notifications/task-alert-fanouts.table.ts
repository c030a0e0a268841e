import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tasks } from '../tasks/tasks.table.js';

/**
 * The push/email fan-out of one published task to its matching providers (issue 15), written in the
 * publishing transaction. Recipients are walked in a per-task hash order; the cursor is the last one
 * whose delivery jobs are queued, advanced in the same transaction that queues them, so a fan-out that
 * dies resumes where it stopped, sending nobody twice and skipping nobody.
 */
export const taskAlertFanouts = pgTable(
  'task_alert_fanouts',
  {
    taskId: uuid('task_id')
      .primaryKey()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Keyset position of the last recipient handled: (per-task hash, user id); null before the first batch. */
    cursorHash: bigint('cursor_hash', { mode: 'bigint' }),
    cursorUserId: uuid('cursor_user_id'),
    /** Matching providers walked so far, and how many of them were queued a push / an email. */
    recipients: integer('recipients').notNull().default(0),
    pushQueued: integer('push_queued').notNull().default(0),
    emailQueued: integer('email_queued').notNull().default(0),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  // The sweep reads only the few unfinished ones.
  (t) => [
    index('task_alert_fanouts_unfinished_idx')
      .on(t.createdAt)
      .where(sql`${t.finishedAt} is null`),
  ],
);

export type TaskAlertFanoutRow = typeof taskAlertFanouts.$inferSelect;
