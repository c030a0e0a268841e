import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { type ChatAccount, openChat } from '../../../test/chat-fixtures.js';
import { type ChatSocketClient, connectChatSocket, listenForSockets, messageIdsOf } from '../../../test/chat-socket-client.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { captureLog, type LogLine } from '../../../test/log-capture.js';
import { type RedisServer, redisServerInstalled, startRedisServer } from '../../../test/redis-server.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createPlatform, type Platform } from '../../platform/platform.js';
import { createMaintenanceService } from '../settings/maintenance.js';

/**
 * Two API instances sharing one Redis (a child process of this test), with chat traffic while that
 * Redis is killed and started again: the issue-13 promise that Redis is optional and fault-tolerant.
 */
describe.runIf(redisServerInstalled)('chat while Redis goes down and comes back', () => {
  const clock = createFakeClock('2026-12-01T10:00:00Z');
  let testDb: TestDatabase;
  let redis: RedisServer;
  const instances: Instance[] = [];
  const sockets: ChatSocketClient[] = [];

  interface Instance {
    app: FastifyInstance;
    platform: Platform;
    url: string;
    lines: LogLine[];
    warnings: () => LogLine[];
  }

  /** The real app with its log captured (level info, so "Redis is back" is seen too). */
  async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
    const capture = captureLog('info');
    const config = loadConfig({ APP_ENV: 'test', DATA_DIR: '/tmp/dastiyor-test-data', REDIS_URL: redis.url, ...env });
    const platform = createPlatform(config, testDb.database, capture.log);
    const maintenance = createMaintenanceService({ db: testDb.database.db, cacheMs: 0 });
    const app = await buildApp({ config, database: testDb.database, platform, maintenance, clock: clock.now });
    const instance = { app, platform, url: await listenForSockets(app), lines: capture.lines, warnings: capture.warnings };
    instances.push(instance);
    return instance;
  }
  const connect = async (instance: Instance, who: ChatAccount) => {
    const socket = await connectChatSocket(instance.url, who);
    sockets.push(socket);
    return socket;
  };
  const health = async (instance: Instance) => (await instance.app.inject({ method: 'GET', url: '/api/v1/health' })).json();
  /** Posts a message and measures how long the API took to answer. */
  const send = async (instance: Instance, conversationId: string, who: ChatAccount, text: string) => {
    const started = performance.now();
    const res = await instance.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conversationId}/messages`,
      headers: { cookie: who.cookie },
      payload: { text },
    });
    return { status: res.statusCode, id: (res.json() as { id: string }).id, ms: performance.now() - started };
  };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    redis = await startRedisServer();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.ws.terminate();
    for (const { app, platform } of instances) {
      await app.close();
      await platform.bus.close();
    }
    await redis.kill();
    await testDb.drop();
  });

  it('saves and delivers every message on the same instance, reports degraded, then delivers across instances again', async () => {
    // ioredis prints "[ioredis] Unhandled error event" through console.error when nobody listens.
    const consoleError = vi.spyOn(console, 'error');
    const [a, b] = [await startInstance(), await startInstance()];
    const customer = await signUp(a.app, testDb.database.db, { name: 'Фарида Каримова' });
    const provider = await signUp(a.app, testDb.database.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
    const { conversationId } = await openChat(a.app, testDb.database.db, clock.now(), { customer, provider });
    await expect.poll(async () => [(await health(a)).redis, (await health(b)).redis]).toEqual(['up', 'up']);
    const customerOnA = await connect(a, customer);
    const customerOnB = await connect(b, customer);

    const sent: string[] = [];
    const first = await send(a, conversationId, provider, 'Здравствуйте, буду в 10:00');
    expect(first.status).toBe(201);
    sent.push(first.id);
    await expect.poll(() => messageIdsOf(customerOnB)).toEqual([first.id]);
    expect(messageIdsOf(customerOnA)).toEqual([first.id]);

    await redis.kill();
    await expect.poll(() => health(a)).toMatchObject({ status: 'degraded', redis: 'down', database: 'up' });
    const degraded = await a.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(degraded.statusCode).toBe(200);

    for (let i = 1; i <= 6; i += 1) {
      const during = await send(a, conversationId, i % 2 ? provider : customer, `Сообщение ${i} без Redis`);
      expect(during.status).toBe(201);
      expect(during.ms).toBeLessThan(300);
      sent.push(during.id);
      // Live on the same instance, message by message.
      await expect.poll(() => messageIdsOf(customerOnA)).toEqual(sent);
    }
    const history = await a.app.inject({
      method: 'GET',
      url: `/api/v1/conversations/${conversationId}/messages`,
      headers: { cookie: customer.cookie },
    });
    expect(history.statusCode).toBe(200);
    expect((history.json() as { items: Array<{ id: string }> }).items.map((m) => m.id).sort()).toEqual([...sent].sort());

    await redis.start();
    await expect.poll(() => health(a), { timeout: 10_000 }).toMatchObject({ status: 'ok', redis: 'up' });
    await expect.poll(() => health(b), { timeout: 10_000 }).toMatchObject({ status: 'ok', redis: 'up' });
    // b may still be restoring its subscriptions when Redis first answers: each try is a new message.
    const afterOutage: string[] = [];
    await expect
      .poll(
        async () => {
          const next = await send(a, conversationId, afterOutage.length % 2 ? customer : provider, `После Redis ${afterOutage.length}`);
          expect(next.status).toBe(201);
          afterOutage.push(next.id);
          sent.push(next.id);
          return messageIdsOf(customerOnB).some((id) => afterOutage.includes(id));
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe(true);

    // A message from b arrives on a through Redis after a's own echoes would have: a saw each message once.
    const fromB = await send(b, conversationId, provider, 'С другого сервера');
    expect(fromB.status).toBe(201);
    sent.push(fromB.id);
    await expect.poll(() => messageIdsOf(customerOnA)).toEqual(sent);

    // One outage, a handful of lines per instance: lost (and perhaps a publish that raced it), back.
    for (const instance of [a, b]) {
      const warnings = instance.warnings();
      expect(warnings.map((l) => l.msg)).toContain('Redis connection lost; chat stays on this instance until it returns');
      expect(warnings.length).toBeLessThanOrEqual(3);
      expect(instance.lines.filter((l) => l.msg === 'Redis is back')).toHaveLength(1);
    }
    expect(consoleError.mock.calls.filter((args) => String(args[0]).includes('ioredis'))).toEqual([]);
    consoleError.mockRestore();
  });

  it('starts without Redis, serves chat meanwhile, and connects when Redis appears', async () => {
    const absent = await startRedisServer();
    await absent.kill();
    try {
      const lonely = await startInstance({ REDIS_URL: absent.url });
      const degraded = await lonely.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(degraded.statusCode).toBe(200);
      expect(degraded.json()).toMatchObject({ status: 'degraded', redis: 'down' });
      const customer = await signUp(lonely.app, testDb.database.db, { name: 'Фарида Каримова' });
      const provider = await signUp(lonely.app, testDb.database.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
      const { conversationId } = await openChat(lonely.app, testDb.database.db, clock.now(), { customer, provider });
      const onLonely = await connect(lonely, customer);
      const message = await send(lonely, conversationId, provider, 'Redis ещё нет');
      expect(message.status).toBe(201);
      expect(message.ms).toBeLessThan(300);
      await expect.poll(() => messageIdsOf(onLonely)).toEqual([message.id]);

      await absent.start();
      await expect.poll(() => health(lonely), { timeout: 10_000 }).toMatchObject({ status: 'ok', redis: 'up' });
      expect(lonely.warnings().map((l) => l.msg)).toEqual(['Redis unreachable; retrying in the background']);
      expect(lonely.lines.map((l) => l.msg)).toContain('Redis reachable');
    } finally {
      await absent.kill();
    }
  });

  it('keeps two environments apart on one Redis: every key and channel carries its prefix', async () => {
    const staging = await startInstance({ REDIS_PREFIX: 'dastiyor:staging:' });
    const production = await startInstance({ REDIS_PREFIX: 'dastiyor:production:' });
    await expect.poll(async () => [(await health(staging)).redis, (await health(production)).redis]).toEqual(['up', 'up']);
    const customer = await signUp(staging.app, testDb.database.db, { name: 'Фарида Каримова' });
    const provider = await signUp(staging.app, testDb.database.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
    const { conversationId } = await openChat(staging.app, testDb.database.db, clock.now(), { customer, provider });
    // The same person with a socket open in both environments (one database here, two Redis namespaces).
    const onStaging = await connect(staging, customer);
    const onProduction = await connect(production, customer);

    const inStaging = await send(staging, conversationId, provider, 'Только для staging');
    expect(inStaging.status).toBe(201);
    await expect.poll(() => messageIdsOf(onStaging)).toEqual([inStaging.id]);
    // Sent after, in production: once it has arrived there, a leak from staging would have too.
    const inProduction = await send(production, conversationId, provider, 'Только для production');
    await expect.poll(() => messageIdsOf(onProduction)).toEqual([inProduction.id]);
    expect(messageIdsOf(onStaging)).toEqual([inStaging.id]);

    const commands = staging.platform.redis!.commands;
    const keys = await commands.keys('*');
    const channels = (await commands.pubsub('CHANNELS', '*')) as string[];
    // Presence and rate-limit keys, user channels: all of them under one of the two prefixes.
    expect(keys).toEqual(expect.arrayContaining([`dastiyor:staging:presence:${customer.user.id}`]));
    expect(keys).toEqual(expect.arrayContaining([expect.stringMatching(/^dastiyor:staging:rl:/)]));
    expect(channels).toEqual(expect.arrayContaining([`dastiyor:production:user:${customer.user.id}`]));
    const unprefixed = [...keys, ...channels].filter((name) => !/^dastiyor:(staging|production):/.test(name));
    // Keys left by the first test (its default prefix) are the only others allowed.
    expect(unprefixed.filter((name) => !name.startsWith('dastiyor:test:'))).toEqual([]);
  });
});
