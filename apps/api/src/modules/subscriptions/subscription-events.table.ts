import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { payments } from '../payments/payments.table.js';
import { subscriptionPeriods } from './subscriptions.table.js';
import { users } from '../users/users.table.js';

export const subscriptionEventType = pgEnum('subscription_event_type', [
  'subscription.activated',
  'subscription.expiring',
  'subscription.expired',
  'payment.failed',
  'payment.succeeded',
]);

/**
 * An outbox of things that happened to a provider's subscription, for notifications to consume.
 * `dedupeKey` makes each fact land once however often the job or a webhook runs.
 */
export const subscriptionEvents = pgTable(
  'subscription_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: subscriptionEventType('type').notNull(),
    periodId: uuid('period_id').references(() => subscriptionPeriods.id, { onDelete: 'cascade' }),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'set null' }),
    dedupeKey: text('dedupe_key').notNull().unique(),
    payload: jsonb('payload'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Set by the consumer (notifications) once handled. */
    processedAt: timestamp('processed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('subscription_events_unprocessed_idx')
      .on(t.createdAt)
      .where(sql`${t.processedAt} is null`),
    index('subscription_events_provider_idx').on(t.providerId, t.createdAt.desc()),
  ],
);
