import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { payments } from '../payments/payments.table.js';
import { users } from '../users/users.table.js';

/**
 * The running balance per user, in diram. Every change locks this row (FOR UPDATE) and the check
 * refuses a negative value, so parallel charges can never overdraw it.
 */
export const userBalances = pgTable(
  'user_balances',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    balance: integer('balance').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [check('user_balances_not_negative', sql`${t.balance} >= 0`)],
);

export const balanceEntryKind = pgEnum('balance_entry_kind', ['top_up', 'charge', 'refund']);

/** The ledger: signed amounts (credit > 0, charge < 0); the sum per user equals user_balances.balance. */
export const balanceEntries = pgTable(
  'balance_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: balanceEntryKind('kind').notNull(),
    amount: integer('amount').notNull(),
    balanceAfter: integer('balance_after').notNull(),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('balance_entries_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    // One credit per top-up payment and one charge/refund per payment: a replayed webhook credits once.
    uniqueIndex('balance_entries_payment_kind_uq')
      .on(t.paymentId, t.kind)
      .where(sql`${t.paymentId} is not null`),
    check('balance_entries_amount_nonzero', sql`${t.amount} <> 0`),
  ],
);
