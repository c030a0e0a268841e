import type { TMyBalance } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { type BalanceEntryKind, appendEntry, findEntries, lockBalance, readBalance } from './balance-repository.js';

/** Balances belong to providers (they pay for plans); customers never pay. */
export function assertBalanceHolder(auth: AuthContext) {
  if (auth.user.role !== 'provider') throw new AppError('forbidden', 'The balance is for providers');
}

interface Movement {
  userId: string;
  /** Diram, > 0. */
  amount: number;
  paymentId: string | null;
  note?: string | null;
  now: Date;
}

/** Adds money (a top-up, a refund to balance). Once per payment and kind: a replay returns null. */
export async function creditBalance(tx: DbOrTx, kind: Extract<BalanceEntryKind, 'top_up' | 'refund'>, m: Movement) {
  const balance = await lockBalance(tx, m.userId, m.now);
  return appendEntry(tx, {
    userId: m.userId,
    kind,
    amount: m.amount,
    balanceAfter: balance + m.amount,
    paymentId: m.paymentId,
    note: m.note ?? null,
    at: m.now,
  });
}

/**
 * Takes money off, inside the caller's transaction. The balance row stays locked to the end of it,
 * so parallel charges queue up and each sees the last one's result; never below zero.
 */
export async function chargeBalance(tx: DbOrTx, kind: Extract<BalanceEntryKind, 'charge' | 'refund'>, m: Movement) {
  const balance = await lockBalance(tx, m.userId, m.now);
  if (balance < m.amount) {
    throw new AppError('balance.insufficient', `The balance (${balance} diram) does not cover ${m.amount} diram`);
  }
  const entry = await appendEntry(tx, {
    userId: m.userId,
    kind,
    amount: -m.amount,
    balanceAfter: balance - m.amount,
    paymentId: m.paymentId,
    note: m.note ?? null,
    at: m.now,
  });
  if (!entry) throw new AppError('conflict', 'This payment was already charged');
  return entry;
}

export async function getMyBalance(db: Db, auth: AuthContext, query: { cursor?: string; limit: number }): Promise<TMyBalance> {
  assertBalanceHolder(auth);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findEntries(db, auth.user.id, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    balance: await readBalance(db, auth.user.id),
    items: page.map((e) => ({
      id: e.id,
      kind: e.kind,
      amount: e.amount,
      balanceAfter: e.balanceAfter,
      paymentId: e.paymentId,
      note: e.note,
      createdAt: e.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
