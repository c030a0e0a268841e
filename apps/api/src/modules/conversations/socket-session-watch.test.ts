import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { countingSelects } from '../../../test/counting-db.js';
import { createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import type { Db } from '../../db/client.js';
import { sessions } from '../auth/auth.table.js';
import { users } from '../users/users.table.js';
import { hashToken, sessionRules } from '../auth/sessions-service.js';
import { createSocketSessionWatch } from './socket-session-watch.js';

// Issue 15: open sockets re-check their sessions together, a few queries a round, not one each.

let testDb: TestDatabase;
let db: Db;
const clock = createFakeClock('2026-12-01T10:00:00Z');
const quiet = { warn: vi.fn() };

interface FakeSocket {
  ping: ReturnType<typeof vi.fn>;
  terminate: ReturnType<typeof vi.fn>;
}
const fakeSocket = () => ({ ping: vi.fn(), terminate: vi.fn() }) as FakeSocket & WebSocket;

/** `count` sessions of one user, inserted at once: their tokens. */
async function sessionsOf(userId: string, count: number, lastSeenAt = clock.now()) {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  await db.insert(sessions).values(
    tokens.map((token) => ({
      userId,
      tokenHash: hashToken(token),
      createdAt: lastSeenAt,
      lastSeenAt,
      expiresAt: new Date(lastSeenAt.getTime() + sessionRules.ttlMs),
    })),
  );
  return tokens;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
});
afterAll(async () => {
  await testDb.drop();
});

describe('socket session watch', () => {
  it('re-checks 1,200 sockets in three queries and closes exactly those whose session ended', async () => {
    const [stays, blocked] = [await createUser(db), await createUser(db)];
    const tokens = [...(await sessionsOf(stays.id, 1_100)), ...(await sessionsOf(blocked.id, 100))];
    const sockets = tokens.map(() => fakeSocket());
    const ended = new Set<WebSocket>();
    const { db: counted, counter } = countingSelects(db);
    const watch = createSocketSessionWatch({
      db: counted,
      clock: clock.now,
      intervalMs: 3_600_000,
      log: quiet,
      batchSize: 500,
      onSessionEnded: (socket) => ended.add(socket),
    });
    try {
      sockets.forEach((socket, i) => watch.add(socket, tokens[i]!));
      // Signed out on another device, expired, and an account blocked by a moderator.
      await db
        .update(sessions)
        .set({ revokedAt: clock.now() })
        .where(eq(sessions.tokenHash, hashToken(tokens[3]!)));
      await db
        .update(sessions)
        .set({ expiresAt: new Date(clock.now().getTime() - 1) })
        .where(eq(sessions.tokenHash, hashToken(tokens[7]!)));
      await db.update(users).set({ status: 'blocked' }).where(eq(users.id, blocked.id));

      await watch.check();
      expect(counter.selects).toBe(3);
      const expected = new Set<WebSocket>([sockets[3]!, sockets[7]!, ...sockets.slice(1_100)]);
      expect(ended.size).toBe(expected.size);
      expect([...ended].every((socket) => expected.has(socket))).toBe(true);
      expect(sockets.every((socket) => socket.ping.mock.calls.length === 1)).toBe(true);
    } finally {
      watch.stop();
    }
  });

  it('drops a socket that did not answer the last ping, keeps one that did', async () => {
    const user = await createUser(db);
    const [a, b] = await sessionsOf(user.id, 2);
    const [silent, talking] = [fakeSocket(), fakeSocket()];
    const watch = createSocketSessionWatch({ db, clock: clock.now, intervalMs: 3_600_000, log: quiet, onSessionEnded: vi.fn() });
    try {
      watch.add(silent, a!);
      watch.add(talking, b!);
      await watch.check();
      watch.heard(talking);
      await watch.check();
      expect(silent.terminate).toHaveBeenCalledTimes(1);
      expect(talking.terminate).not.toHaveBeenCalled();
      expect(talking.ping).toHaveBeenCalledTimes(2);
    } finally {
      watch.stop();
    }
  });

  it('slides the expiry of sessions due a touch in one update, as a request would', async () => {
    const user = await createUser(db);
    const longAgo = new Date(clock.now().getTime() - sessionRules.touchEveryMs - 1_000);
    const tokens = await sessionsOf(user.id, 3, longAgo);
    const watch = createSocketSessionWatch({ db, clock: clock.now, intervalMs: 3_600_000, log: quiet, onSessionEnded: vi.fn() });
    try {
      tokens.forEach((token) => watch.add(fakeSocket(), token));
      await watch.check();
      const rows = await db
        .select({ lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
        .from(sessions)
        .where(inArray(sessions.tokenHash, tokens.map(hashToken)));
      expect(rows.map((r) => r.lastSeenAt.toISOString())).toEqual(tokens.map(() => clock.now().toISOString()));
      expect(rows.every((r) => r.expiresAt.getTime() === clock.now().getTime() + sessionRules.ttlMs)).toBe(true);
    } finally {
      watch.stop();
    }
  });

  it('keeps every socket open while the database cannot answer, and logs it once a round', async () => {
    const user = await createUser(db);
    const [token] = await sessionsOf(user.id, 1);
    const failing = new Proxy(db, {
      get(t, key, receiver) {
        if (key === 'select') throw Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
        return Reflect.get(t, key, receiver);
      },
    });
    const log = { warn: vi.fn() };
    const onSessionEnded = vi.fn();
    const socket = fakeSocket();
    const watch = createSocketSessionWatch({ db: failing, clock: clock.now, intervalMs: 3_600_000, log, onSessionEnded });
    try {
      watch.add(socket, token!);
      await watch.check();
      expect(onSessionEnded).not.toHaveBeenCalled();
      expect(socket.terminate).not.toHaveBeenCalled();
      expect(log.warn).toHaveBeenCalledTimes(1);
    } finally {
      watch.stop();
    }
  });
});
