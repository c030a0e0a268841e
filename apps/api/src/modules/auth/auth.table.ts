import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

/** Opaque bearer sessions: only the SHA-256 of the token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('sessions_user_idx')
      .on(t.userId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

export const codePurpose = pgEnum('code_purpose', ['register', 'reset', 'change_email', 'change_phone', 'login']);
export const codeChannel = pgEnum('code_channel', ['email', 'sms']);

/**
 * One-time codes sent by email or SMS. The code is stored hashed; `payload` carries what the code
 * confirms (a pending registration, a new email), so nothing is created before the code is entered.
 */
export const verificationCodes = pgTable(
  'verification_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: codePurpose('purpose').notNull(),
    channel: codeChannel('channel').notNull(),
    /** Lower-cased email or E.164 phone the code was sent to. */
    target: text('target').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    payload: jsonb('payload'),
    attempts: integer('attempts').notNull().default(0),
    /** False for the placeholder rows that keep limits identical for unknown accounts. */
    delivered: boolean('delivered').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [index('verification_codes_target_idx').on(t.target, t.createdAt.desc())],
);

/**
 * Password checks reserved in the current lockout window, per account or per login that has none (so
 * both answer alike). One upsert reserves an attempt before the password is verified, so parallel
 * requests cannot pass the limit together; a successful sign-in deletes the row, an hourly job the stale ones.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    /** `user:<id>`, or `login:<HMAC of the email or phone>` for a login without an account. */
    subject: text('subject').primaryKey(),
    attempts: integer('attempts').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_attempts_window_idx').on(t.windowStartedAt)],
);
