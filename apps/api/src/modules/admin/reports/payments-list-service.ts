import type { TAdminPaymentItem, TAdminPaymentsFilter, TAdminPaymentsQuery, TAdminPaymentsResponse } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { decodeCursor, encodeCursor, type KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { optionalDayBounds } from './day-range.js';
import { type PaymentListRow, type PaymentsFilter, findPayments } from './payments-list-repository.js';

/** The query's filters as the repository takes them (Dushanbe days become instants); 400 when from > to. */
export function paymentsFilterOf(query: TAdminPaymentsFilter): PaymentsFilter {
  const { startsAt, endsAt } = optionalDayBounds(query);
  return { status: query.status, purpose: query.purpose, userId: query.providerId, createdFrom: startsAt, createdBefore: endsAt };
}

/** A refund is a payment's last change, so its updatedAt is when it was refunded. */
export function presentAdminPayment({ payment: p, user, plan }: PaymentListRow): TAdminPaymentItem {
  return {
    id: p.id,
    user,
    purpose: p.purpose,
    plan,
    amount: p.amount,
    currency: p.currency,
    provider: p.provider,
    method: p.method,
    status: p.status,
    transactionId: p.transactionId,
    failureReason: p.failureReason,
    createdAt: p.createdAt.toISOString(),
    paidAt: p.paidAt?.toISOString() ?? null,
    refundedAt: p.status === 'refunded' ? p.updatedAt.toISOString() : null,
  };
}

/** One page of the admin payments list, newest first. */
export async function listAdminPayments(deps: { db: Db }, admin: Actor, query: TAdminPaymentsQuery): Promise<TAdminPaymentsResponse> {
  assertAdmin(admin);
  const filter = paymentsFilterOf(query);
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findPayments(deps.db, filter, { before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAdminPayment),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.payment.createdAt, id: last.payment.id }) : null,
  };
}

/**
 * Every payment matching the filter, a page at a time: the CSV export never holds them all in memory. Not a
 * generator itself: a generator's body first runs when the stream is read, after the 200 has gone out.
 */
export function allAdminPayments(
  deps: { db: Db },
  admin: Actor,
  filter: PaymentsFilter,
  pageSize = 500,
): AsyncIterable<TAdminPaymentItem[]> {
  assertAdmin(admin);
  return paymentPages(deps, filter, pageSize);
}

async function* paymentPages(deps: { db: Db }, filter: PaymentsFilter, pageSize: number): AsyncGenerator<TAdminPaymentItem[]> {
  let before: KeysetPosition | null = null;
  for (;;) {
    const rows = await findPayments(deps.db, filter, { before, limit: pageSize });
    if (rows.length > 0) yield rows.map(presentAdminPayment);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    before = { at: last.payment.createdAt, id: last.payment.id };
  }
}
