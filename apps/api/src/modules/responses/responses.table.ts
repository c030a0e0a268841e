import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';

/** `rejected` covers both a refusal by the customer and "another provider was chosen" (rejectReason null). */
export const responseStatus = pgEnum('response_status', ['pending', 'selected', 'rejected', 'withdrawn']);

/** A provider's offer on a task: one per task and provider. */
export const responses = pgTable(
  'responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    comment: text('comment').notNull(),
    /** `spamFingerprint(comment)` (moderation/text-fold.ts), written with the comment: the copy-paste check. */
    commentFingerprint: text('comment_fingerprint'),
    /** Diram. */
    price: integer('price').notNull(),
    etaMinutes: integer('eta_minutes').notNull(),
    status: responseStatus('status').notNull().default('pending'),
    rejectReason: text('reject_reason'),
    /** Set when the same comment went to many tasks within an hour; the admin queue reads it. */
    flaggedAt: timestamp('flagged_at', { withTimezone: true, precision: 3 }),
    flagReason: text('flag_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    // Responses per day on the admin dashboard.
    index('responses_created_idx').on(t.createdAt),
    uniqueIndex('responses_task_provider_uq').on(t.taskId, t.providerId),
    index('responses_provider_created_idx').on(t.providerId, t.createdAt.desc(), t.id.desc()),
    index('responses_task_created_idx').on(t.taskId, t.createdAt),
    // The copy-paste check: the same normalised comment from one provider within an hour.
    index('responses_provider_comment_idx').on(t.providerId, t.commentFingerprint, t.createdAt),
    index('responses_flagged_idx')
      .on(t.flaggedAt)
      .where(sql`${t.flaggedAt} is not null`),
  ],
);
