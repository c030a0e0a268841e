import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import type { SqlOperand } from '../../db/sql-operand.js';
import { userAccounts } from '../users/index.js';
import { sessions } from './auth.table.js';

/** A live session with who it belongs to: what a request's session check reads. */
export interface LiveSession {
  id: string;
  lastSeenAt: Date;
  user: { id: string; role: 'customer' | 'provider' | 'admin'; locale: 'ru' | 'tg'; name: string };
}

/**
 * The live session of a token hash at an instant, as a relation (one row or none): revoked, expired and
 * blocked all read as no row. `findLiveSession` reads it alone; a route whose answer is the signed-in
 * person's own data joins it to that data so the check and the read are one statement (`sessionWith`).
 * `now` is ISO text or a placeholder for it.
 */
export function liveSessionOf(tokenHash: SqlOperand, now: SqlOperand) {
  return new QueryBuilder()
    .select({
      sessionId: sql<string>`${sessions.id}`.as('session_id'),
      lastSeenAt: sessions.lastSeenAt,
      userId: sql<string>`${userAccounts.id}`.as('session_user_id'),
      role: userAccounts.role,
      locale: userAccounts.locale,
      name: userAccounts.name,
    })
    .from(sessions)
    .innerJoin(userAccounts, eq(userAccounts.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isLiveAt(now)))
    .as('live_session');
}

/** The rule itself, over `sessions` joined to `userAccounts` on its user: not revoked, not expired, account active. */
export const isLiveAt = (now: SqlOperand) =>
  and(isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`${now}::timestamptz`), eq(userAccounts.status, 'active'));

export type LiveSessionRelation = ReturnType<typeof liveSessionOf>;

/** The relation's columns to select (beside a statement's own), and the session they make (`toLiveSession`). */
export const liveSessionFields = (live: LiveSessionRelation) => ({
  id: live.sessionId,
  lastSeenAt: live.lastSeenAt,
  userId: live.userId,
  role: live.role,
  locale: live.locale,
  name: live.name,
});

export const toLiveSession = ({ id, lastSeenAt, userId, role, locale, name }: LiveSessionColumns): LiveSession => ({
  id,
  lastSeenAt,
  user: { id: userId, role, locale, name },
});

type LiveSessionColumns = Omit<LiveSession, 'user'> & { userId: string } & Omit<LiveSession['user'], 'id'>;

/** How a route reads the session itself, in one statement with its own data (see `sessionWith`). */
export interface SessionReader {
  read(db: Db, request: FastifyRequest, tokenHash: string, now: Date): Promise<LiveSession | null>;
}

/**
 * For a route whose whole answer is the signed-in person's own data (`GET /me`): `load` runs ONE statement
 * that joins `liveSessionOf` to that data. Put `reader` in the route's `config.session`; the session hook
 * then runs it instead of its own check (same rules, same sliding expiry, `request.auth` set as usual, so
 * the maintenance gate and limits see who asks), and the handler takes the data with `dataOf(request)`.
 */
export function sessionWith<T>(load: (db: Db, tokenHash: string, now: Date) => Promise<{ session: LiveSession; data: T } | null>) {
  const loaded = new WeakMap<FastifyRequest, T>();
  const reader: SessionReader = {
    async read(db, request, tokenHash, now) {
      const found = await load(db, tokenHash, now);
      if (!found) return null;
      loaded.set(request, found.data);
      return found.session;
    },
  };
  return { reader, dataOf: (request: FastifyRequest): T | undefined => loaded.get(request) };
}
