import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

export const complaintSource = pgEnum('complaint_source', ['user', 'stop_word']);
export const complaintTarget = pgEnum('complaint_target', ['task', 'user', 'review', 'message', 'response']);
export const complaintStatus = pgEnum('complaint_status', ['open', 'resolved', 'rejected']);

/**
 * The moderation queue (issue 8): a person's report, or content the stop-word list flagged.
 * Flagged content stays published until an admin acts (decision 006).
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: complaintSource('source').notNull(),
    /** Null for stop-word flags. */
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    targetType: complaintTarget('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    /** Who wrote or owns the target: the user a resolution may warn or block. */
    targetUserId: uuid('target_user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** A contract ComplaintReason code for reports; 'stop_word' for flags. */
    reason: text('reason').notNull(),
    text: text('text'),
    /** The stop words that matched, for flags. */
    matchedWords: text('matched_words').array(),
    status: complaintStatus('status').notNull().default('open'),
    resolutionNote: text('resolution_note'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    // The admin queue: by status, newest first, keyset on (createdAt, id).
    index('complaints_queue_idx').on(t.status, t.createdAt.desc(), t.id.desc()),
    index('complaints_target_idx').on(t.targetType, t.targetId),
    index('complaints_target_user_idx').on(t.targetUserId),
    // One open report per person and target: a second tap is not a second case.
    uniqueIndex('complaints_open_report_uq')
      .on(t.reporterId, t.targetType, t.targetId)
      .where(sql`${t.status} = 'open' and ${t.reporterId} is not null`),
  ],
);

export type ComplaintRow = typeof complaints.$inferSelect;
