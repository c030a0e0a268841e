import { randomUUID } from 'node:crypto';
import { createIncident } from '../../platform/errors/incident-log.js';
import type { RedisConnection, RedisLog } from '../../platform/redis/redis-client.js';

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
 *
 * Best effort, never in the way: a person with a socket on this instance is online whatever Redis
 * does; while Redis is down a read answers from this instance alone, at once (at worst an extra email);
 * when Redis returns (possibly empty) this instance writes its entries again straight away.
 */
export function createRedisPresence(options: { redis: RedisConnection; log: RedisLog; ttlMs?: number }): Presence {
  const ttlMs = options.ttlMs ?? 90_000;
  const instance = randomUUID();
  const { commands: redis, prefix } = options.redis;
  const open = new Map<string, number>();
  const key = (userId: string) => `${prefix}presence:${userId}`;
  const writes = createIncident(options.log, 'Redis presence');

  const run = (command: () => Promise<unknown>) => {
    // While Redis is down the connection has said so once; nothing to add per socket.
    if (redis.status !== 'ready') return;
    command().then(
      () => writes.recovered(),
      (error: unknown) => writes.failed(error),
    );
  };
  const mark = (userIds: Iterable<string>) =>
    run(() => {
      const pipeline = redis.pipeline();
      const until = String(Date.now() + ttlMs);
      for (const userId of userIds) pipeline.hset(key(userId), instance, until).pexpire(key(userId), ttlMs);
      return pipeline.exec();
    });
  const renew = setInterval(() => open.size > 0 && mark(open.keys()), Math.max(50, Math.floor(ttlMs / 3)));
  renew.unref();
  const restore = () => open.size > 0 && mark(open.keys());
  redis.on('ready', restore);

  return {
    enter(userId) {
      open.set(userId, (open.get(userId) ?? 0) + 1);
      mark([userId]);
    },
    leave(userId) {
      const left = (open.get(userId) ?? 0) - 1;
      if (left > 0) return void open.set(userId, left);
      open.delete(userId);
      run(() => redis.hdel(key(userId), instance));
    },
    async isOnline(userId) {
      if ((open.get(userId) ?? 0) > 0) return true;
      if (redis.status !== 'ready') return false;
      try {
        const now = Date.now();
        const online = (await redis.hvals(key(userId))).some((until) => Number(until) > now);
        writes.recovered();
        return online;
      } catch (error) {
        writes.failed(error);
        return false;
      }
    },
    async close() {
      clearInterval(renew);
      redis.off('ready', restore);
      if (redis.status === 'ready' && open.size > 0) {
        const pipeline = redis.pipeline();
        for (const userId of open.keys()) pipeline.hdel(key(userId), instance);
        await pipeline.exec().catch(() => undefined);
      }
      open.clear();
    },
  };
}
