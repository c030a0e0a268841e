import { and, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared-statements.js';
import { sessions } from './auth.table.js';
import { isLiveAt, type LiveSession, liveSessionFields, liveSessionOf, toLiveSession } from './live-session.js';
import { userAccounts } from '../users/index.js';

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  return row!;
}

/**
 * A live session with its user, or null: revoked, expired and blocked all read as "no session". Every signed-in
 * request asks, so it is a prepared statement built once (building a drizzle query costs more than running it).
 */
export async function findLiveSession(db: DbOrTx, tokenHash: string, now: Date): Promise<LiveSession | null> {
  const build = () => {
    const live = liveSessionOf(sql.placeholder('tokenHash'), sql.placeholder('now'));
    return db.select(liveSessionFields(live)).from(live);
  };
  const [row] = await (preparedStatement(db, 'session|live', build) ?? build()).execute({ tokenHash, now: now.toISOString() });
  return row ? toLiveSession(row) : null;
}

/** Of these token hashes, the ones of a live session (as findLiveSession), in one query by the unique index. */
export async function findLiveSessionsByHashes(db: DbOrTx, tokenHashes: string[], now: Date) {
  if (tokenHashes.length === 0) return [];
  return db
    .select({ id: sessions.id, tokenHash: sessions.tokenHash, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(userAccounts, eq(userAccounts.id, sessions.userId))
    .where(and(inArray(sessions.tokenHash, tokenHashes), isLiveAt(now.toISOString())));
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
