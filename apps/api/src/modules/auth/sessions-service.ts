import { createHash, randomBytes } from 'node:crypto';
import type { TSession } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import type { LiveSession } from './live-session.js';
import type { RequestOrigin } from '../audit/index.js';
import {
  findLiveSession,
  findLiveSessionsByHashes,
  insertSession,
  listLiveSessions,
  touchSession,
  touchSessions,
} from './sessions-repository.js';

export const sessionRules = {
  ttlMs: 30 * 86_400_000,
  /** Sliding expiry is refreshed at most this often, not on every request. */
  touchEveryMs: 5 * 60_000,
} as const;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AuthUser {
  id: string;
  role: 'customer' | 'provider' | 'admin';
  locale: 'ru' | 'tg';
  name: string;
}
/** A route's own read of the live session by token hash (see live-session.ts). */
export type SessionRead = (tokenHash: string) => Promise<LiveSession | null>;

export interface AuthContext {
  sessionId: string;
  user: AuthUser;
}

/** A new opaque token for a user; only its hash is stored. */
export async function startSession(db: DbOrTx, userId: string, now: Date, origin: RequestOrigin) {
  const token = randomBytes(32).toString('base64url');
  const { id } = await insertSession(db, {
    userId,
    tokenHash: hashToken(token),
    userAgent: origin.userAgent?.slice(0, 400) ?? null,
    ip: origin.ip,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionRules.ttlMs),
  });
  return { token, sessionId: id };
}

/** The session a token opens, if live; `read` is a route's own one-statement read of it (`sessionWith`). */
export async function authenticate(db: Db, token: string, now: Date, read?: SessionRead): Promise<AuthContext | null> {
  const tokenHash = hashToken(token);
  const row = read ? await read(tokenHash) : await findLiveSession(db, tokenHash, now);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= sessionRules.touchEveryMs) {
    await touchSession(db, row.id, now, new Date(now.getTime() + sessionRules.ttlMs));
  }
  return { sessionId: row.id, user: { id: row.user.id, role: row.user.role, locale: row.user.locale, name: row.user.name } };
}

/**
 * Which of `tokens` still open a live session, for many at once (the open chat sockets of a process):
 * one query, and one update sliding the expiry of those due a touch, as `authenticate` would for each.
 */
export async function liveSessionTokens(db: DbOrTx, tokens: string[], now: Date): Promise<Set<string>> {
  const byHash = new Map(tokens.map((token) => [hashToken(token), token]));
  const rows = await findLiveSessionsByHashes(db, [...byHash.keys()], now);
  const due = rows.filter((r) => now.getTime() - r.lastSeenAt.getTime() >= sessionRules.touchEveryMs).map((r) => r.id);
  await touchSessions(db, due, now, new Date(now.getTime() + sessionRules.ttlMs));
  return new Set(rows.map((r) => byHash.get(r.tokenHash)!));
}

export async function listSessions(db: DbOrTx, auth: AuthContext, now: Date): Promise<TSession[]> {
  const rows = await listLiveSessions(db, auth.user.id, now);
  return rows.map((r) => ({
    id: r.id,
    userAgent: r.userAgent,
    ip: r.ip,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    current: r.id === auth.sessionId,
  }));
}
