import { type SQL, and, desc, eq, gte, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { payments } from '../../payments/payments.table.js';
import { plans } from '../../subscriptions/plans.table.js';
import { users } from '../../users/users.table.js';
import type { KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';

export interface PaymentsFilter {
  status?: (typeof payments.$inferSelect)['status'] | undefined;
  purpose?: (typeof payments.$inferSelect)['purpose'] | undefined;
  userId?: string | undefined;
  /** Created at or after. */
  createdFrom: Date | null;
  /** Created before. */
  createdBefore: Date | null;
}

/** Payments newest first, keyset on (created_at, id), with the payer's contacts and the plan (null for a top-up). */
export function findPayments(db: DbOrTx, filter: PaymentsFilter, options: { before: KeysetPosition | null; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(payments.status, filter.status));
  if (filter.purpose) conditions.push(eq(payments.purpose, filter.purpose));
  if (filter.userId) conditions.push(eq(payments.userId, filter.userId));
  if (filter.createdFrom) conditions.push(gte(payments.createdAt, filter.createdFrom));
  if (filter.createdBefore) conditions.push(lt(payments.createdAt, filter.createdBefore));
  const { before } = options;
  if (before) {
    conditions.push(or(lt(payments.createdAt, before.at), and(eq(payments.createdAt, before.at), lt(payments.id, before.id)))!);
  }
  return db
    .select({
      payment: payments,
      user: { id: users.id, name: users.name, phone: users.phone, email: users.email },
      plan: { id: plans.id, code: plans.code, name: plans.name },
    })
    .from(payments)
    .innerJoin(users, eq(users.id, payments.userId))
    .leftJoin(plans, eq(plans.id, payments.planId))
    .where(and(...conditions))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(options.limit);
}

export type PaymentListRow = Awaited<ReturnType<typeof findPayments>>[number];
