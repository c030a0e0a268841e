import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { plans } from '../subscriptions/plans.table.js';
import { users } from '../users/users.table.js';

export const paymentStatus = pgEnum('payment_status', ['pending', 'succeeded', 'failed', 'refunded']);
/** What the money is for: a plan period, or a top-up of the user's balance. */
export const paymentPurpose = pgEnum('payment_purpose', ['plan', 'top_up']);

/** One attempt to pay for a plan or a balance top-up. Money in diram. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: paymentPurpose('purpose').notNull().default('plan'),
    /** Null only for top-ups. */
    planId: uuid('plan_id').references(() => plans.id),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull().default('TJS'),
    /** Which PaymentProvider handles it (sandbox, later a real acquirer), or 'balance'. */
    provider: text('provider').notNull(),
    method: text('method').notNull(),
    status: paymentStatus('status').notNull().default('pending'),
    failureReason: text('failure_reason'),
    /** The acquirer's transaction id, from its callback or status call (a refund names it). */
    transactionId: text('transaction_id'),
    /** When we last asked the acquirer about it (the return page asks at most every few seconds). */
    checkedAt: timestamp('checked_at', { withTimezone: true, precision: 3 }),
    /** When the reconciliation job asks next, while pending; null when there is no one to ask. */
    nextCheckAt: timestamp('next_check_at', { withTimezone: true, precision: 3 }),
    checkAttempts: integer('check_attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('payments_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    // Admin: the payments list newest first (and its CSV); revenue per day by the day paid.
    index('payments_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('payments_paid_idx')
      .on(t.paidAt)
      .where(sql`${t.paidAt} is not null`),
    // The reconciliation job: pending payments whose next check is due.
    index('payments_next_check_idx')
      .on(t.nextCheckAt)
      .where(sql`${t.status} = 'pending' and ${t.nextCheckAt} is not null`),
    check('payments_plan_for_purpose', sql`${t.purpose} = 'top_up' or ${t.planId} is not null`),
  ],
);

/** Every webhook event accepted, keyed by the provider's event id: a replay is recognised and ignored. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);
