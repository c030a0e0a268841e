import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cities } from '../catalog/catalog.table.js';

export const userRole = pgEnum('user_role', ['customer', 'provider', 'admin']);
export const userStatus = pgEnum('user_status', ['active', 'blocked']);
export const userLocale = pgEnum('user_locale', ['ru', 'tg']);

/** One account, one role, fixed at sign-up. Email and phone are each verified separately. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    role: userRole('role').notNull(),
    status: userStatus('status').notNull().default('active'),
    name: text('name').notNull(),
    /** Stored lower-cased. */
    email: text('email'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** E.164. */
    phone: text('phone'),
    phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
    passwordHash: text('password_hash').notNull(),
    locale: userLocale('locale').notNull().default('ru'),
    cityId: uuid('city_id').references(() => cities.id),
    /** files.id of the current avatar; no FK to keep the users ⇄ files cycle out of migrations. */
    avatarFileId: uuid('avatar_file_id'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** Set with status 'blocked' by an admin (issue 8); the reason is shown to admins, not to the user. */
    blockedAt: timestamp('blocked_at', { withTimezone: true, precision: 3 }),
    blockReason: text('block_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The admin user list (newest first) and sign-ups per day on the admin dashboard.
    index('users_created_idx').on(t.createdAt.desc(), t.id.desc()),
    uniqueIndex('users_email_uq')
      .on(t.email)
      .where(sql`${t.email} is not null`),
    uniqueIndex('users_phone_uq')
      .on(t.phone)
      .where(sql`${t.phone} is not null`),
  ],
);
