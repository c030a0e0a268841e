import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type IdempotencyKeyRow, idempotencyKeys } from './idempotency.table.js';

export interface KeyClaim {
  userId: string;
  key: string;
  operation: string;
  fingerprint: string;
  lockToken: string;
  lockedUntil: Date;
  now: Date;
}

/** The attempt holding a key: only it may renew, complete or free it. */
export interface KeyOwner {
  userId: string;
  key: string;
  lockToken: string;
}

export interface StoredAnswer {
  statusCode: number;
  contentType: string | null;
  location: string | null;
  body: string;
}

const byKey = (userId: string, key: string) => and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

/** Claims a key for one request; false when the account already has a row for it (one statement, so races resolve here). */
export async function insertPendingKey(db: DbOrTx, c: KeyClaim): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({
      userId: c.userId,
      key: c.key,
      operation: c.operation,
      fingerprint: c.fingerprint,
      state: 'pending',
      lockToken: c.lockToken,
      lockedUntil: c.lockedUntil,
      createdAt: c.now,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export async function findKey(db: DbOrTx, userId: string, key: string): Promise<IdempotencyKeyRow | null> {
  const [row] = await db.select().from(idempotencyKeys).where(byKey(userId, key));
  return row ?? null;
}

/**
 * Takes over a row that is stale, exactly as it was read: a pending one whose lease ran out (its request died)
 * or any one older than the key's lifetime. Only one of several racing retries wins.
 */
export async function takeOverKey(db: DbOrTx, seen: IdempotencyKeyRow, c: KeyClaim): Promise<boolean> {
  const unchanged = seen.lockToken
    ? eq(idempotencyKeys.lockToken, seen.lockToken)
    : and(eq(idempotencyKeys.state, seen.state), eq(idempotencyKeys.createdAt, seen.createdAt));
  const rows = await db
    .update(idempotencyKeys)
    .set({
      operation: c.operation,
      fingerprint: c.fingerprint,
      state: 'pending',
      lockToken: c.lockToken,
      lockedUntil: c.lockedUntil,
      statusCode: null,
      contentType: null,
      location: null,
      responseBody: null,
      createdAt: c.now,
      completedAt: null,
    })
    .where(and(byKey(c.userId, c.key), unchanged))
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

/** Stores the first answer; only the attempt that still holds the lease may (false otherwise). */
export async function completeKey(db: DbOrTx, owner: KeyOwner, answer: StoredAnswer, now: Date): Promise<boolean> {
  const rows = await db
    .update(idempotencyKeys)
    .set({
      state: 'completed',
      lockToken: null,
      lockedUntil: null,
      statusCode: answer.statusCode,
      contentType: answer.contentType,
      location: answer.location,
      responseBody: answer.body,
      completedAt: now,
    })
    .where(and(byKey(owner.userId, owner.key), eq(idempotencyKeys.lockToken, owner.lockToken)))
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

/** Renews the lease of a pending key its request still holds. */
export async function extendLease(db: DbOrTx, owner: KeyOwner, lockedUntil: Date): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ lockedUntil })
    .where(and(byKey(owner.userId, owner.key), eq(idempotencyKeys.lockToken, owner.lockToken)));
}

/** Frees a pending key whose request did not reach a final answer, so a retry runs it again. */
export async function releaseKey(db: DbOrTx, owner: KeyOwner): Promise<void> {
  await db.delete(idempotencyKeys).where(and(byKey(owner.userId, owner.key), eq(idempotencyKeys.lockToken, owner.lockToken)));
}

/** Deletes up to `limit` keys created before `before`, oldest first (a bounded batch); returns how many went. */
export async function deleteKeysCreatedBefore(db: DbOrTx, before: Date, limit: number): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(
      sql`(${idempotencyKeys.userId}, ${idempotencyKeys.key}) in (
        select ${idempotencyKeys.userId}, ${idempotencyKeys.key} from ${idempotencyKeys}
        where ${lt(idempotencyKeys.createdAt, before)} order by ${idempotencyKeys.createdAt} limit ${limit})`,
    )
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
