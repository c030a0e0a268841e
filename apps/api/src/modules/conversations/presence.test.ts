import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from '../../../test/log-capture.js';
import { type RedisServer, redisServerInstalled, startRedisServer } from '../../../test/redis-server.js';
import { openRedis, type RedisConnection } from '../../platform/redis/redis-client.js';
import { createPresence, createRedisPresence, type Presence } from './presence.js';

describe('presence in one process', () => {
  it('counts sockets per user', async () => {
    const p = createPresence();
    p.enter('u');
    p.enter('u');
    p.leave('u');
    expect(await p.isOnline('u')).toBe(true);
    p.leave('u');
    expect(await p.isOnline('u')).toBe(false);
  });
});

describe.runIf(redisServerInstalled)('presence through Redis', () => {
  let server: RedisServer;
  const opened: Array<{ presence: Presence; redis: RedisConnection }> = [];
  const capture = captureLog();
  const instance = async (options: { ttlMs?: number; prefix?: string } = {}) => {
    const redis = openRedis({ url: server.url, prefix: options.prefix ?? 'test:', log: capture.log });
    const presence = createRedisPresence({ redis, log: capture.log, ttlMs: options.ttlMs });
    opened.push({ presence, redis });
    await expect.poll(() => redis.state()).toBe('up');
    return { presence, redis };
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    for (const { presence, redis } of opened.splice(0)) {
      await presence.close();
      await redis.close();
    }
  });
  afterAll(async () => {
    await server.kill();
  });

  it('is shared by instances: online on one is online on the other', async () => {
    const [{ presence: a }, { presence: b }] = [await instance(), await instance()];
    const user = randomUUID();
    a.enter(user);
    a.enter(user);
    await expect.poll(() => b.isOnline(user)).toBe(true);
    b.enter(user);
    a.leave(user);
    a.leave(user);
    // b still holds a socket of theirs.
    await expect.poll(() => a.isOnline(user)).toBe(true);
    b.leave(user);
    await expect.poll(() => a.isOnline(user)).toBe(false);
  });

  it('forgets an instance that died without saying goodbye once its entry expires', async () => {
    const user = randomUUID();
    const { presence: survivor, redis } = await instance({ ttlMs: 300 });
    // What a crashed instance leaves behind: its last renewal, which nobody renews again.
    await redis.commands.hset(`test:presence:${user}`, 'crashed-instance', String(Date.now() + 300));
    expect(await survivor.isOnline(user)).toBe(true);
    await expect.poll(() => survivor.isOnline(user), { timeout: 2000 }).toBe(false);
  });

  it('answers at once from this instance while Redis is down, and shares again when it returns', async () => {
    const [{ presence: a }, { presence: b, redis: bRedis }] = [await instance(), await instance()];
    const here = randomUUID();
    const elsewhere = randomUUID();
    a.enter(here);
    b.enter(elsewhere);
    await expect.poll(() => a.isOnline(elsewhere)).toBe(true);

    await server.kill();
    await expect.poll(() => bRedis.state()).toBe('down');
    const started = Date.now();
    expect(await a.isOnline(here)).toBe(true);
    // Not knowing about other instances, it says offline: at worst an extra email, never an error or a wait.
    expect(await a.isOnline(elsewhere)).toBe(false);
    a.enter(randomUUID());
    a.leave(here);
    a.enter(here);
    expect(Date.now() - started).toBeLessThan(100);

    // The restarted Redis is empty: each instance writes its entries again without waiting for a renewal.
    await server.start();
    await expect.poll(() => b.isOnline(here), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => a.isOnline(elsewhere), { timeout: 10_000 }).toBe(true);
  });

  it('keeps apps with different prefixes apart on one Redis', async () => {
    const [{ presence: staging }, { presence: staging2 }, { presence: production }] = [
      await instance({ prefix: 'staging:' }),
      await instance({ prefix: 'staging:' }),
      await instance({ prefix: 'production:' }),
    ];
    const user = randomUUID();
    staging.enter(user);
    await expect.poll(() => staging2.isOnline(user)).toBe(true);
    expect(await production.isOnline(user)).toBe(false);
  });
});
