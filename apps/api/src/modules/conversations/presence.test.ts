import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisUp, redisUrl } from '../../../test/redis.js';
import { createPresence, createRedisPresence, type Presence } from './presence.js';

const opened: Presence[] = [];
const instance = (ttlMs?: number) => {
  const p = createRedisPresence(redisUrl, { ttlMs });
  opened.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

describe('presence', () => {
  it('counts sockets per user in one process', async () => {
    const p = createPresence();
    p.enter('u');
    p.enter('u');
    p.leave('u');
    expect(await p.isOnline('u')).toBe(true);
    p.leave('u');
    expect(await p.isOnline('u')).toBe(false);
  });

  it.runIf(redisUp)('is shared by instances through Redis: online on one is online on the other', async () => {
    const [a, b] = [instance(), instance()];
    const user = randomUUID();
    a.enter(user);
    a.enter(user);
    await expect.poll(() => b.isOnline(user)).toBe(true);
    b.enter(user);
    a.leave(user);
    a.leave(user);
    // b still holds a socket of theirs.
    await new Promise((r) => setTimeout(r, 50));
    expect(await a.isOnline(user)).toBe(true);
    b.leave(user);
    await expect.poll(() => a.isOnline(user)).toBe(false);
  });

  it.runIf(redisUp)('forgets an instance that died without saying goodbye once its entry expires', async () => {
    const user = randomUUID();
    const survivor = instance(300);
    // What a crashed instance leaves behind: its last renewal, which nobody renews again.
    const redis = new Redis(redisUrl);
    try {
      await redis.hset(`presence:${user}`, 'crashed-instance', String(Date.now() + 300));
      expect(await survivor.isOnline(user)).toBe(true);
      await expect.poll(() => survivor.isOnline(user), { timeout: 2000 }).toBe(false);
    } finally {
      await redis.del(`presence:${user}`);
      redis.disconnect();
    }
  });
});
