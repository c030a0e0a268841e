import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { type Bus, createMemoryBus, createRedisBus } from './bus.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await new Promise<boolean>((resolve) => {
  const u = new URL(redisUrl);
  const socket = net.connect({ host: u.hostname, port: Number(u.port || 6379) });
  socket.setTimeout(500);
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => (socket.destroy(), resolve(false)));
});
if (!redisUp) console.warn(`\n[tests] Redis not reachable at ${redisUrl}: the Redis bus test does not run here.\n`);

async function exerciseBus(publisher: Bus, subscriber: Bus) {
  const channel = `test:${Math.random()}`;
  const received: unknown[] = [];
  const unsubscribe = await subscriber.subscribe(channel, (m) => received.push(m));
  await publisher.publish(channel, { text: 'салом' });
  await expect.poll(() => received).toEqual([{ text: 'салом' }]);
  await unsubscribe();
  await publisher.publish(channel, { text: 'after' });
  await new Promise((r) => setTimeout(r, 100));
  expect(received).toHaveLength(1);
}

describe('bus', () => {
  it('delivers in-process messages to subscribers until they unsubscribe', async () => {
    const bus = createMemoryBus();
    await exerciseBus(bus, bus);
  });

  it.runIf(redisUp)('delivers across instances through Redis', async () => {
    const a = createRedisBus(redisUrl);
    const b = createRedisBus(redisUrl);
    try {
      await exerciseBus(a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
