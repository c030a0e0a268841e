import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../modules/users/users.table.js';

export const idempotencyState = pgEnum('idempotency_state', ['pending', 'completed']);

/**
 * One `Idempotency-Key` of one account (issue 13): claimed as `pending` while its request runs, then
 * `completed` with the first answer, which a retry with the same key gets back. Kept 24 h.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** The route that claimed the key, e.g. `POST /api/v1/tasks/:id/responses` (for operators; not compared). */
    operation: text('operation').notNull(),
    /** sha256 (hex) of method, URL and canonical body: the same key with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    state: idempotencyState('state').notNull(),
    /** Whose request holds a pending key; a random token per attempt, so a late finisher cannot overwrite a takeover. */
    lockToken: uuid('lock_token'),
    /** A pending key past this belongs to a request that died: the next retry takes it over. */
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    statusCode: integer('status_code'),
    contentType: text('content_type'),
    location: text('location'),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
    check('idempotency_keys_key_length', sql`char_length(${t.key}) between 1 and 255`),
  ],
);

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
