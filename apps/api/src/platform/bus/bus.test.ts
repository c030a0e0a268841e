import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from '../../../test/log-capture.js';
import { type RedisServer, redisServerInstalled, startRedisServer } from '../../../test/redis-server.js';
import { openRedis, type RedisConnection } from '../redis/redis-client.js';
import { type Bus, createMemoryBus, createRedisBus } from './bus.js';

async function exerciseBus(publisher: Bus, subscriber: Bus) {
  const channel = `test:${randomUUID()}`;
  const received: unknown[] = [];
  const unsubscribe = await subscriber.subscribe(channel, (m) => received.push(m));
  await publisher.publish(channel, { text: 'салом' });
  await expect.poll(() => received).toEqual([{ text: 'салом' }]);
  await unsubscribe();
  // A later message on a channel still subscribed shows the first one was the last to arrive.
  const barrier: unknown[] = [];
  await subscriber.subscribe(`${channel}:barrier`, (m) => barrier.push(m));
  await publisher.publish(channel, { text: 'after' });
  await publisher.publish(`${channel}:barrier`, 'barrier');
  await expect.poll(() => barrier).toEqual(['barrier']);
  expect(received).toHaveLength(1);
}

describe('memory bus', () => {
  it('delivers in-process messages to subscribers until they unsubscribe', async () => {
    const bus = createMemoryBus();
    await exerciseBus(bus, bus);
  });
});

describe.runIf(redisServerInstalled)('Redis bus', () => {
  let server: RedisServer;
  const opened: Array<{ bus: Bus; redis: RedisConnection }> = [];
  const capture = captureLog();
  const instance = async (prefix = 'test:') => {
    const redis = openRedis({ url: server.url, prefix, log: capture.log });
    const bus = createRedisBus({ redis, log: capture.log });
    opened.push({ bus, redis });
    await expect.poll(() => redis.state()).toBe('up');
    return { bus, redis };
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map(({ bus }) => bus.close()));
  });
  afterAll(async () => {
    await server.kill();
  });

  it('delivers across instances through Redis', async () => {
    const [a, b] = [await instance(), await instance()];
    await exerciseBus(a.bus, b.bus);
  });

  it("delivers an instance's own message to its subscribers once, not again when Redis echoes it", async () => {
    const [a, b] = [await instance(), await instance()];
    const channel = `user:${randomUUID()}`;
    const onA: unknown[] = [];
    await a.bus.subscribe(channel, (m) => onA.push(m));
    await a.bus.publish(channel, 'from a');
    // Delivered before publish() returns: no Redis round trip for this instance.
    expect(onA).toEqual(['from a']);
    // b's message comes through Redis after a's echo would have, so it closes the window for a duplicate.
    await b.bus.publish(channel, 'from b');
    await expect.poll(() => onA).toEqual(['from a', 'from b']);
  });

  it('keeps delivering locally while Redis is down, and restores every subscription when it returns', async () => {
    const [a, b] = [await instance(), await instance()];
    const before = `user:${randomUUID()}`;
    const during = `user:${randomUUID()}`;
    const onA: unknown[] = [];
    const onB: Record<string, unknown[]> = { [before]: [], [during]: [] };
    await a.bus.subscribe(before, (m) => onA.push(m));
    await b.bus.subscribe(before, (m) => onB[before]!.push(m));
    capture.lines.length = 0;

    await server.kill();
    await expect.poll(() => [a.redis.state(), b.redis.state()]).toEqual(['down', 'down']);
    // Subscribing during the outage neither throws nor waits; it takes effect when Redis returns.
    const subscribing = Date.now();
    await b.bus.subscribe(during, (m) => onB[during]!.push(m));
    expect(Date.now() - subscribing).toBeLessThan(100);
    for (let i = 0; i < 20; i += 1) {
      const started = Date.now();
      await a.bus.publish(before, i);
      expect(Date.now() - started).toBeLessThan(50);
    }
    expect(onA).toEqual([...Array(20).keys()]);

    await server.start();
    await expect.poll(() => [a.redis.state(), b.redis.state()], { timeout: 10_000 }).toEqual(['up', 'up']);
    // Each publish is a new chance: b may still be sending its SUBSCRIBE when Redis first answers.
    await expect
      .poll(async () => (await a.bus.publish(before, 'back'), await a.bus.publish(during, 'back'), onB), { timeout: 10_000 })
      .toEqual({ [before]: expect.arrayContaining(['back']), [during]: expect.arrayContaining(['back']) });
    expect(onB[before]).not.toContain(0);
    // One outage: a line when it starts and one when it ends per connection set, no line per retry or publish
    // (20 went out). A publish racing the close on a loaded machine may add its own one line for the outage.
    const warned = capture.warnings().map((w) => w.msg);
    expect(warned.filter((m) => m.startsWith('Redis connection lost')).length).toBeLessThanOrEqual(2);
    expect(warned.filter((m) => m === 'Redis publish unavailable').length).toBeLessThanOrEqual(1);
    expect(warned.filter((m) => !m.startsWith('Redis connection lost') && m !== 'Redis publish unavailable')).toEqual([]);
    expect(capture.lines.filter((l) => l.msg === 'Redis is back')).toHaveLength(2);
  });

  it('keeps apps with different prefixes apart on one Redis', async () => {
    const [staging, staging2, production] = [await instance('staging:'), await instance('staging:'), await instance('production:')];
    const channel = `user:${randomUUID()}`;
    const onStaging2: unknown[] = [];
    const onProduction: unknown[] = [];
    await staging2.bus.subscribe(channel, (m) => onStaging2.push(m));
    await production.bus.subscribe(channel, (m) => onProduction.push(m));
    const channels = await staging.redis.commands.pubsub('CHANNELS', '*');
    expect(channels).toEqual(expect.arrayContaining([`staging:${channel}`, `production:${channel}`]));

    await staging.bus.publish(channel, 'staging only');
    await expect.poll(() => onStaging2).toEqual(['staging only']);
    // Published after, on the same Redis: when it arrives, a leak of the first would have too.
    const productionPublisher = await instance('production:');
    await productionPublisher.bus.publish(channel, 'production only');
    await expect.poll(() => onProduction).toEqual(['production only']);
    expect(onStaging2).toEqual(['staging only']);
  });
});
