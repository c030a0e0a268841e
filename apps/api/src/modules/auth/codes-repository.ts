import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { verificationCodes } from './auth.table.js';

export type NewCode = typeof verificationCodes.$inferInsert;
export type CodeRow = typeof verificationCodes.$inferSelect;

/**
 * Serialises code sending to one destination until the transaction ends, so the limit check and
 * the insert cannot interleave with another request's (80 parallel requests used to pass the
 * one-a-minute check together). PGlite runs one transaction at a time, where this is a no-op.
 */
export async function lockDestination(tx: DbOrTx, target: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`code-destination:${target}`}, 0))`);
}

export async function insertCode(db: DbOrTx, code: NewCode): Promise<{ id: string }> {
  const [row] = await db.insert(verificationCodes).values(code).returning({ id: verificationCodes.id });
  return row!;
}

/** A code whose delivery failed: gone, so it neither counts against the limits nor can be entered. */
export async function deleteCode(db: DbOrTx, id: string): Promise<void> {
  await db.delete(verificationCodes).where(eq(verificationCodes.id, id));
}

/**
 * Codes sent to one destination since a moment (for the volume limits). Counts every row: a code
 * whose delivery failed is deleted, while a code held back for an unknown account counts like a sent
 * one, so the limits do not tell whether an account exists.
 */
export async function codesSentSince(db: DbOrTx, target: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(verificationCodes)
    .where(and(eq(verificationCodes.target, target), gt(verificationCodes.createdAt, since)));
  return Number(row?.n ?? 0);
}

export async function latestCodeTo(db: DbOrTx, target: string) {
  const [row] = await db
    .select({ createdAt: verificationCodes.createdAt })
    .from(verificationCodes)
    .where(eq(verificationCodes.target, target))
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1);
  return row ?? null;
}

export async function latestOpenCode(db: DbOrTx, purpose: CodeRow['purpose'], target: string) {
  const [row] = await db
    .select()
    .from(verificationCodes)
    .where(and(eq(verificationCodes.target, target), eq(verificationCodes.purpose, purpose), isNull(verificationCodes.consumedAt)))
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1);
  return row ?? null;
}

export async function latestOpenCodeOfUser(db: DbOrTx, purpose: CodeRow['purpose'], userId: string) {
  const [row] = await db
    .select()
    .from(verificationCodes)
    .where(and(eq(verificationCodes.userId, userId), eq(verificationCodes.purpose, purpose), isNull(verificationCodes.consumedAt)))
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1);
  return row ?? null;
}

/** The newest unused code for a purpose, locked for the checking transaction. */
export async function lockLatestOpenCode(db: DbOrTx, purpose: CodeRow['purpose'], target: string) {
  const [row] = await db
    .select()
    .from(verificationCodes)
    .where(and(eq(verificationCodes.target, target), eq(verificationCodes.purpose, purpose), isNull(verificationCodes.consumedAt)))
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function updateCode(db: DbOrTx, id: string, set: Partial<Pick<CodeRow, 'attempts' | 'consumedAt'>>) {
  await db.update(verificationCodes).set(set).where(eq(verificationCodes.id, id));
}
