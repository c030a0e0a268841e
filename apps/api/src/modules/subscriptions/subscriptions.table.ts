import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { plans } from './plans.table.js';
import { users } from '../users/users.table.js';

export const subscriptionSource = pgEnum('subscription_source', ['trial', 'payment', 'admin']);

/**
 * One paid (or granted) period of a plan. A renewal is a new period starting where the last one
 * ends; status is derived from these dates at every check, never stored.
 */
export const subscriptionPeriods = pgTable(
  'subscription_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    source: subscriptionSource('source').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
    /** The provider cancelled: it stays usable to its end and nothing follows it. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, precision: 3 }),
    /** An admin ended it at once (e.g. after a refund). */
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    paymentId: uuid('payment_id'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('subscription_periods_provider_idx').on(t.providerId, t.endsAt.desc()),
    // Admin: the subscriptions list newest first.
    index('subscription_periods_created_idx').on(t.createdAt.desc(), t.id.desc()),
    uniqueIndex('subscription_periods_payment_uq')
      .on(t.paymentId)
      .where(sql`${t.paymentId} is not null`),
  ],
);

/** A trial is given once per phone number, whichever account asks. */
export const trialClaims = pgTable('trial_claims', {
  phone: text('phone').primaryKey(),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
