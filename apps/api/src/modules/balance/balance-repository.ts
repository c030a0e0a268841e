import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { balanceEntries, userBalances } from './balance.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export type BalanceEntryKind = (typeof balanceEntries.$inferInsert)['kind'];

/** The user's balance row, created at 0 if missing, locked FOR UPDATE until the transaction ends. */
export async function lockBalance(tx: DbOrTx, userId: string, now: Date): Promise<number> {
  await tx.insert(userBalances).values({ userId, balance: 0, updatedAt: now }).onConflictDoNothing();
  const [row] = await tx.select({ balance: userBalances.balance }).from(userBalances).where(eq(userBalances.userId, userId)).for('update');
  return row!.balance;
}

export async function readBalance(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ balance: userBalances.balance }).from(userBalances).where(eq(userBalances.userId, userId));
  return row?.balance ?? 0;
}

/**
 * Writes one ledger line and moves the balance by it; the caller holds the lock. Null when this
 * payment already has a line of this kind (a replay): nothing changes then.
 */
export async function appendEntry(
  tx: DbOrTx,
  entry: {
    userId: string;
    kind: BalanceEntryKind;
    amount: number;
    balanceAfter: number;
    paymentId: string | null;
    note: string | null;
    at: Date;
  },
) {
  const [row] = await tx
    .insert(balanceEntries)
    .values({
      userId: entry.userId,
      kind: entry.kind,
      amount: entry.amount,
      balanceAfter: entry.balanceAfter,
      paymentId: entry.paymentId,
      note: entry.note,
      createdAt: entry.at,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await tx
    .update(userBalances)
    .set({ balance: sql`${userBalances.balance} + ${entry.amount}`, updatedAt: entry.at })
    .where(eq(userBalances.userId, entry.userId));
  return row;
}

/** Ledger lines, newest first, keyset on (created_at, id). */
export function findEntries(db: DbOrTx, userId: string, after: KeysetPosition | null, limit: number) {
  return db
    .select()
    .from(balanceEntries)
    .where(
      and(
        eq(balanceEntries.userId, userId),
        after
          ? or(lt(balanceEntries.createdAt, after.at), and(eq(balanceEntries.createdAt, after.at), lt(balanceEntries.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(balanceEntries.createdAt), desc(balanceEntries.id))
    .limit(limit);
}
