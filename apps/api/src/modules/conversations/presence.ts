import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * Who has a live socket open, counted per user (several tabs = several sockets). Chat notifications
 * go by email/SMS/push only to someone offline, so behind several API instances presence must be shared.
 */
export interface Presence {
  enter(userId: string): void;
  leave(userId: string): void;
  isOnline(userId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** One process (embedded mode, a single instance): a counter per user. */
export function createPresence(): Presence {
  const open = new Map<string, number>();
  return {
    enter: (userId) => void open.set(userId, (open.get(userId) ?? 0) + 1),
    leave(userId) {
      const left = (open.get(userId) ?? 0) - 1;
      if (left > 0) open.set(userId, left);
      else open.delete(userId);
    },
    isOnline: async (userId) => (open.get(userId) ?? 0) > 0,
    close: async () => undefined,
  };
}

/**
 * Several instances: each keeps its own counts and tells Redis, in a hash per user, "instance X holds
 * a socket of this user until T". Entries are renewed every `ttlMs / 3`, so an instance that dies
 * without saying goodbye stops counting within `ttlMs` instead of keeping someone online forever.
 */
export function createRedisPresence(url: string, options: { ttlMs?: number } = {}): Presence {
  const ttlMs = options.ttlMs ?? 90_000;
  const instance = randomUUID();
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  const open = new Map<string, number>();
  const key = (userId: string) => `presence:${userId}`;

  const mark = (userIds: Iterable<string>) => {
    const pipeline = redis.pipeline();
    const until = String(Date.now() + ttlMs);
    for (const userId of userIds) pipeline.hset(key(userId), instance, until).pexpire(key(userId), ttlMs);
    // Presence is best effort: a Redis hiccup costs at most an extra email, never a failed socket.
    pipeline.exec().catch(() => undefined);
  };
  const renew = setInterval(() => open.size > 0 && mark(open.keys()), Math.max(50, Math.floor(ttlMs / 3)));
  renew.unref();

  return {
    enter(userId) {
      open.set(userId, (open.get(userId) ?? 0) + 1);
      mark([userId]);
    },
    leave(userId) {
      const left = (open.get(userId) ?? 0) - 1;
      if (left > 0) return void open.set(userId, left);
      open.delete(userId);
      redis.hdel(key(userId), instance).catch(() => undefined);
    },
    async isOnline(userId) {
      if ((open.get(userId) ?? 0) > 0) return true;
      try {
        const now = Date.now();
        return (await redis.hvals(key(userId))).some((until) => Number(until) > now);
      } catch {
        return false;
      }
    },
    async close() {
      clearInterval(renew);
      const pipeline = redis.pipeline();
      for (const userId of open.keys()) pipeline.hdel(key(userId), instance);
      await pipeline.exec().catch(() => undefined);
      open.clear();
      redis.disconnect();
    },
  };
}
