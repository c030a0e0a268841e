import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { plans } from './plans.js';
import { tasks } from './tasks.js';
import { users } from './users.js';

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
    /** Diram. */
    price: integer('price').notNull(),
    etaMinutes: integer('eta_minutes').notNull(),
    status: responseStatus('status').notNull().default('pending'),
    rejectReason: text('reject_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    uniqueIndex('responses_task_provider_uq').on(t.taskId, t.providerId),
    index('responses_provider_created_idx').on(t.providerId, t.createdAt.desc()),
  ],
);
