import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedName } from '../catalog/catalog.table.js';

/** Subscription plans for providers. Seeded on every start; admins edit them later. */
export const plans = pgTable('plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** A slug: the seeded basic | standard | premium, or one an admin chose. */
  code: text('code').notNull().unique(),
  name: jsonb('name').$type<LocalizedName>().notNull(),
  durationDays: integer('duration_days').notNull(),
  /** Responses a day; null = unlimited. */
  dailyResponseLimit: integer('daily_response_limit'),
  /** Premium: responses listed first, tasks pinned in the provider's feed. */
  priority: boolean('priority').notNull().default(false),
  /** Premium: the profile carries a highlight in lists. */
  highlighted: boolean('highlighted').notNull().default(false),
  /** Diram. */
  price: integer('price').notNull(),
  trialDays: integer('trial_days').notNull().default(0),
  isActive: boolean('is_active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  description: jsonb('description').$type<LocalizedName>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type PlanRow = typeof plans.$inferSelect;
