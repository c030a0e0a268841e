import { and, desc, eq, gt, inArray, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { sessions } from './auth.table.js';
import { users } from '../users/users.table.js';

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  return row!;
}

/** A live session with its user, or null: revoked, expired and blocked all read as "no session". */
export async function findLiveSession(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      user: { id: users.id, role: users.role, status: users.status, locale: users.locale, name: users.name },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), eq(users.status, 'active')))
    .limit(1);
  return row ?? null;
}

/** Of these token hashes, the ones of a live session (as findLiveSession), in one query by the unique index. */
export async function findLiveSessionsByHashes(db: DbOrTx, tokenHashes: string[], now: Date) {
  if (tokenHashes.length === 0) return [];
  return db
    .select({ id: sessions.id, tokenHash: sessions.tokenHash, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(inArray(sessions.tokenHash, tokenHashes), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), eq(users.status, 'active')),
    );
}

export async function touchSessions(db: DbOrTx, ids: string[], lastSeenAt: Date, expiresAt: Date) {
  if (ids.length === 0) return;
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(inArray(sessions.id, ids));
}

export async function touchSession(db: DbOrTx, id: string, lastSeenAt: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, id));
}

export async function listLiveSessions(db: DbOrTx, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one session of a user; a session of someone else matches nothing. */
export async function revokeSession(db: DbOrTx, userId: string, id: string, now: Date) {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every session of a user except `keepId` (none when null). */
export async function revokeSessionsOf(db: DbOrTx, userId: string, now: Date, keepId: string | null) {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ...(keepId ? [ne(sessions.id, keepId)] : [])));
}
