import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZIdempotencyHeaders } from '@dastiyor/contracts';
import { signUp } from '../../../test/auth-helpers.js';
import { createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { idempotencyKeys } from '../../db/schema/index.js';
import type { AuthContext } from '../../modules/auth/sessions-service.js';
import { AppError } from './errors.js';
import { runIdempotencyCleanup } from './idempotency-cleanup-job.js';
import { idempotencyDefaults, idempotencyPlugin } from './idempotency.js';
import { requestFingerprint } from './idempotency-fingerprint.js';
import { insertPendingKey } from './idempotency-repository.js';
import { registerProblemHandler } from './problem-handler.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let alice: Account;
let bob: Account;
const runs = { echo: 0, flaky: 0, unavailable: 0, unstorable: 0 };
const ZEcho = z.object({ n: z.number().int(), note: z.string().optional() });

const t = useTestApp({
  extend: (app) => {
    const typed = app.withTypeProvider<ZodTypeProvider>();
    typed.post(
      '/api/v1/test/echo',
      { config: { idempotent: true }, schema: { headers: ZIdempotencyHeaders, body: ZEcho } },
      async (request, reply) => {
        if (!request.auth) throw new AppError('auth.required');
        runs.echo += 1;
        return reply
          .status(201)
          .header('location', `/api/v1/test/echo/${runs.echo}`)
          .send({ n: request.body.n, run: runs.echo, id: randomUUID() });
      },
    );
    typed.post('/api/v1/test/flaky', { config: { idempotent: true } }, async (_request, reply) => {
      runs.flaky += 1;
      if (runs.flaky === 1) throw new Error('the first attempt dies');
      return reply.status(201).send({ run: runs.flaky });
    });
    typed.post('/api/v1/test/unavailable', { config: { idempotent: true } }, async (_request, reply) => {
      runs.unavailable += 1;
      if (runs.unavailable === 1) throw new AppError('service_unavailable', 'Try again shortly');
      return reply.status(201).send({ run: runs.unavailable });
    });
    // A NUL byte: PostgreSQL text refuses it, so storing this answer fails.
    typed.post('/api/v1/test/unstorable', { config: { idempotent: true } }, async (_request, reply) => {
      runs.unstorable += 1;
      return reply.status(201).type('text/plain').send(`made\u0000${runs.unstorable}`);
    });
  },
  clock: clock.now,
});
beforeAll(async () => {
  [alice, bob] = await Promise.all([signUp(t.app, t.db, {}), signUp(t.app, t.db, {})]);
});

const db = () => t.db;
const post = (url: string, who: Account | null, payload: object | undefined, key?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), ...(key !== undefined ? { 'idempotency-key': key } : {}) },
    ...(payload ? { payload } : {}),
  });
const keyRow = async (userId: string, key: string) =>
  (
    await db()
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)))
  )[0];

describe('Idempotency-Key on an opted-in route', () => {
  it('runs every request without a key, as before', async () => {
    const before = runs.echo;
    const [a, b] = [await post('/api/v1/test/echo', alice, { n: 1 }), await post('/api/v1/test/echo', alice, { n: 1 })];
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).not.toBe(b.json().id);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(runs.echo).toBe(before + 2);
  });

  it('refuses a malformed key with 400 validation.failed on headers.idempotency-key, running nothing', async () => {
    const before = runs.echo;
    for (const key of ['x'.repeat(256), 'ключ-1', 'tab\tkey']) {
      const res = await post('/api/v1/test/echo', alice, { n: 1 }, key);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'headers.idempotency-key' }] });
    }
    expect(runs.echo).toBe(before);
  });

  it('refuses a body nested thousands deep with 400 validation.failed, not a 500 from fingerprinting it', async () => {
    // Found by the API fuzz: the canonical form of the body overflowed the stack before validation ran.
    const before = runs.echo;
    for (const depth of [65, 5000]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/test/echo',
        headers: { cookie: alice.cookie, 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
        payload: `${'['.repeat(depth)}${']'.repeat(depth)}`,
      });
      expect([res.statusCode, res.headers['content-type']]).toEqual([400, 'application/problem+json; charset=utf-8']);
      expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'body', code: 'too_deep' }] });
    }
    const shallow = await post('/api/v1/test/echo', alice, { n: 1, note: 'a' }, randomUUID());
    expect(shallow.statusCode).toBe(201);
    expect(runs.echo).toBe(before + 1);
  });

  it('replays the first answer to the same key in sequence: same status, body and location, nothing run again', async () => {
    const key = randomUUID();
    const before = runs.echo;
    const first = await post('/api/v1/test/echo', alice, { n: 7, note: 'a' }, key);
    // The same body with its keys in another order is the same request.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { cookie: alice.cookie, 'idempotency-key': key, 'content-type': 'application/json' },
      payload: '{"note":"a","n":7}',
    });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(runs.echo).toBe(before + 1);
    expect(await keyRow(alice.user.id, key)).toMatchObject({ state: 'completed', statusCode: 201, operation: 'POST /api/v1/test/echo' });
  });

  it('runs the same key sent twice in parallel once; both answers are the same', async () => {
    const key = randomUUID();
    const before = runs.echo;
    const [a, b] = await Promise.all([post('/api/v1/test/echo', alice, { n: 8 }, key), post('/api/v1/test/echo', alice, { n: 8 }, key)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.body).toBe(b.body);
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter(Boolean)).toEqual(['true']);
    expect(runs.echo).toBe(before + 1);
  });

  it('answers 422 idempotency.key_reused to the same key with another body or another route', async () => {
    const key = randomUUID();
    expect((await post('/api/v1/test/echo', alice, { n: 1 }, key)).statusCode).toBe(201);
    const before = runs.echo;
    const otherBody = await post('/api/v1/test/echo', alice, { n: 2 }, key);
    expect(otherBody.statusCode).toBe(422);
    expect(otherBody.json()).toMatchObject({ status: 422, code: 'idempotency.key_reused' });
    expect((await post('/api/v1/test/flaky', alice, undefined, key)).json().code).toBe('idempotency.key_reused');
    expect(runs.echo).toBe(before);
  });

  it('keeps keys apart per account: another person with the same key gets their own answer', async () => {
    const key = randomUUID();
    const a = await post('/api/v1/test/echo', alice, { n: 3 }, key);
    const b = await post('/api/v1/test/echo', bob, { n: 3 }, key);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json().id).not.toBe(a.json().id);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
  });

  it('replays a refused first attempt (400 validation) with the same body', async () => {
    const key = randomUUID();
    const first = await post('/api/v1/test/echo', alice, { n: 'not a number' }, key);
    expect(first.statusCode).toBe(400);
    const again = await post('/api/v1/test/echo', alice, { n: 'not a number' }, key);
    expect(again.statusCode).toBe(400);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('leaves the key free after a 500 or a 503, so the retry runs and its answer is the one kept', async () => {
    for (const url of ['/api/v1/test/flaky', '/api/v1/test/unavailable']) {
      const key = randomUUID();
      const failed = await post(url, alice, undefined, key);
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
      expect(await keyRow(alice.user.id, key)).toBeUndefined();
      const retried = await post(url, alice, undefined, key);
      expect(retried.statusCode).toBe(201);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
      const replayed = await post(url, alice, undefined, key);
      expect(replayed.body).toBe(retried.body);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
    }
  });

  it('ignores the key of a guest: the route answers 401 and nothing is stored', async () => {
    const key = randomUUID();
    const res = await post('/api/v1/test/echo', null, { n: 1 }, key);
    expect(res.statusCode).toBe(401);
    expect(await db().select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual([]);
  });

  it('never turns a success into an error when its answer cannot be stored', async () => {
    const res = await post('/api/v1/test/unstorable', alice, undefined, randomUUID());
    expect(res.statusCode).toBe(201);
    expect(res.body).toBe(`made\u0000${runs.unstorable}`);
  });

  it('takes over a pending key whose request died (lease ran out) and runs it; one of another request is refused', async () => {
    const claimed = async (key: string, fingerprint: string) => {
      const now = clock.now();
      const lockedUntil = new Date(now.getTime() + idempotencyDefaults.leaseMs);
      const claim = {
        userId: alice.user.id,
        key,
        operation: 'POST /api/v1/test/echo',
        fingerprint,
        lockToken: randomUUID(),
        lockedUntil,
        now,
      };
      expect(await insertPendingKey(db(), claim)).toBe(true);
    };
    const dead = randomUUID();
    const deadOther = randomUUID();
    await claimed(dead, requestFingerprint('POST', '/api/v1/test/echo', { n: 5 }));
    await claimed(deadOther, requestFingerprint('POST', '/api/v1/test/echo', { n: 6 }));
    clock.advance(idempotencyDefaults.leaseMs + 1);

    expect((await post('/api/v1/test/echo', alice, { n: 5 }, deadOther)).json().code).toBe('idempotency.key_reused');
    const before = runs.echo;
    const res = await post('/api/v1/test/echo', alice, { n: 5 }, dead);
    expect(res.statusCode).toBe(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(runs.echo).toBe(before + 1);
    expect(await keyRow(alice.user.id, dead)).toMatchObject({ state: 'completed', lockToken: null });
  });

  it('forgets a key after 24 h: the same key then starts a new request, and the cleanup job deletes old keys in batches', async () => {
    const key = randomUUID();
    const first = await post('/api/v1/test/echo', alice, { n: 9 }, key);
    clock.advance(24 * 3_600_000 - 1);
    expect((await post('/api/v1/test/echo', alice, { n: 9 }, key)).headers['idempotent-replayed']).toBe('true');
    clock.advance(2);
    const fresh = await post('/api/v1/test/echo', alice, { n: 10 }, key);
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json().id).not.toBe(first.json().id);

    const total = (await db().select().from(idempotencyKeys)).length;
    clock.advance(24 * 3_600_000 - 1);
    // Only the key just renewed is younger than 24 h now.
    const deleted = await runIdempotencyCleanup({ db: db(), clock: clock.now, log: t.app.log }, { batchSize: 2 });
    expect(deleted).toBe(total - 1);
    expect((await db().select().from(idempotencyKeys)).map((r) => r.key)).toEqual([key]);
  });
});

describe('a retry while the first request is still running', () => {
  let app: FastifyInstance;
  let userId: string;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  let slowRuns = 0;

  beforeAll(async () => {
    userId = (await createUser(db())).id;
    app = Fastify().withTypeProvider();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerProblemHandler(app);
    // A stand-in for the session plugin: the account is whoever the header names.
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (request) => {
      request.auth = { sessionId: 's', user: { id: userId } } as unknown as AuthContext;
    });
    await app.register(idempotencyPlugin, { db: db(), clock: () => new Date(), leaseMs: 300, waitMs: 400, pollMs: 20 });
    app.post('/slow', { config: { idempotent: true } }, async (_request, reply) => {
      slowRuns += 1;
      await gate;
      return reply.status(201).send({ run: slowRuns });
    });
    app.post('/refuse', { config: { idempotent: true } }, async () => {
      await gate;
      throw new AppError('validation.failed', 'The upload is malformed or incomplete');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => app.close());

  const connectionsOf = (server: FastifyInstance) =>
    new Promise<number>((resolve) => server.server.getConnections((_err, n) => resolve(n)));
  const hold = () => {
    gate = new Promise<void>((resolve) => (release = resolve));
  };
  const slow = (key: string) => app.inject({ method: 'POST', url: '/slow', headers: { 'idempotency-key': key } });

  it('answers 409 idempotency.in_progress with Retry-After after waiting, then replays once the first is done', async () => {
    hold();
    const key = randomUUID();
    const first = slow(key);
    await expect.poll(() => slowRuns, { timeout: 2000, interval: 10 }).toBe(1);
    const waited = await slow(key);
    expect(waited.statusCode).toBe(409);
    expect(waited.json()).toMatchObject({ code: 'idempotency.in_progress', retryAfter: 1 });
    expect(waited.headers['retry-after']).toBe('1');
    release();
    expect((await first).statusCode).toBe(201);
    const replayed = await slow(key);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toBe((await first).body);
    expect(slowRuns).toBe(1);
  });

  /** Sends a request over a real socket and hangs up once its key is claimed, before any answer. */
  async function hangUpAfterClaim(path: string, key: string) {
    const { port } = app.server.address() as AddressInfo;
    const request = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'idempotency-key': key } });
    request.on('error', () => {});
    request.end();
    await expect.poll(() => keyRow(userId, key), { timeout: 2000, interval: 10 }).toBeDefined();
    request.destroy();
    await expect.poll(() => connectionsOf(app), { timeout: 2000, interval: 10 }).toBe(0);
  }

  it('frees the key of a refusal nobody heard (the client hung up), but keeps a success the client missed', async () => {
    hold();
    const refused = randomUUID();
    await hangUpAfterClaim('/refuse', refused);
    release();
    await expect.poll(() => keyRow(userId, refused), { timeout: 2000, interval: 10 }).toBeUndefined();

    hold();
    const made = randomUUID();
    await hangUpAfterClaim('/slow', made);
    release();
    await expect.poll(async () => (await keyRow(userId, made))?.state, { timeout: 2000, interval: 10 }).toBe('completed');
  });

  it('renews the lease of a request that runs longer than it, so a retry is not run twice', async () => {
    hold();
    const key = randomUUID();
    const before = slowRuns;
    const first = slow(key);
    await expect.poll(() => slowRuns, { timeout: 2000, interval: 10 }).toBe(before + 1);
    // Wait until the first lease (300 ms) has run out and been renewed: a retry now must wait, not take over.
    const firstLease = (await keyRow(userId, key))!.lockedUntil!.getTime();
    await expect
      .poll(async () => Date.now() > firstLease && (await keyRow(userId, key))!.lockedUntil!.getTime() > Date.now(), {
        timeout: 3000,
        interval: 25,
      })
      .toBe(true);
    const retry = slow(key);
    setTimeout(release, 100);
    const [a, b] = await Promise.all([first, retry]);
    expect(b.body).toBe(a.body);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(slowRuns).toBe(before + 1);
  });
});
