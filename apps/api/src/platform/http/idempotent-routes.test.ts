import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChat } from '../../../test/chat-fixtures.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog, complaints, files, messages, payments, plans, responses, reviews, tasks } from '../../db/schema/index.js';
import { sessionCookie } from '../../modules/auth/session-plugin.js';
import { startSession } from '../../modules/auth/sessions-service.js';
import { multipartBody, smallPng } from '../../modules/files/test-images.js';

let uploadsDir: string;
let basicPlanId: string;
const clock = createFakeClock('2026-12-01T10:00:00Z');

// Registered before the app's hooks: the uploads directory is made before it is built and removed after its database is dropped.
beforeAll(async () => {
  uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-idempotency-'));
});
afterAll(async () => {
  await fs.rm(uploadsDir, { recursive: true, force: true });
});
const t = useTestApp({ env: () => ({ UPLOADS_DIR: uploadsDir }), clock: clock.now });
beforeAll(async () => {
  basicPlanId = (await db().select().from(plans).where(eq(plans.code, 'basic')))[0]!.id;
});

const db = () => t.db;
/** A signed-in account made directly (signing up through the API a few dozen times would hit its per-IP limit). */
async function account(role: 'customer' | 'provider' = 'customer') {
  const user = await createUser(db(), { role, emailVerifiedAt: clock.now() });
  const { token } = await startSession(db(), user.id, clock.now(), { ip: '127.0.0.1', userAgent: null });
  return { cookie: `${sessionCookie}=${token}`, user: { id: user.id, role }, login: user.email!, password: '' };
}
const rows = async (table: PgTable, where: SQL | undefined) => (await db().select({ n: count() }).from(table).where(where))[0]!.n;

/** One creating request, ready to be sent again and again with a key, and a count of what it creates. */
interface Prepared {
  send(key: string): Promise<LightMyRequestResponse>;
  /** The same route and key with another body (JSON routes only: uploads are fingerprinted by route). */
  sendOther?(key: string): Promise<LightMyRequestResponse>;
  created(): Promise<number>;
}

function json(method: 'POST', url: string, cookie: string, payload: object, other?: object): Pick<Prepared, 'send' | 'sendOther'> {
  const send = (body: object) => (key: string) => t.app.inject({ method, url, headers: { cookie, 'idempotency-key': key }, payload: body });
  return { send: send(payload), ...(other ? { sendOther: send(other) } : {}) };
}

async function upload(method: 'POST' | 'PUT', url: string, cookie: string): Promise<Pick<Prepared, 'send'>> {
  const body = await multipartBody(await smallPng(), { type: 'image/png', filename: 'photo.png' });
  return {
    send: (key) => t.app.inject({ method, url, headers: { cookie, 'idempotency-key': key, ...body.headers }, payload: body.payload }),
  };
}

const cases: Array<{ route: string; status: number; prepare(): Promise<Prepared> }> = [
  {
    route: 'POST /api/v1/tasks',
    status: 201,
    async prepare() {
      const customer = await account();
      const body = await taskBody(db());
      return {
        ...json('POST', '/api/v1/tasks', customer.cookie, body, { ...body, title: 'Другая задача про смеситель' }),
        created: () => rows(tasks, eq(tasks.customerId, customer.user.id)),
      };
    },
  },
  {
    route: 'POST /api/v1/tasks/:id/responses',
    status: 201,
    async prepare() {
      const provider = await account('provider');
      await grantPlan(db(), provider.user.id, 'standard', clock.now());
      const task = await createTask(db(), (await createUser(db())).id, { publishedAt: clock.now() });
      const body = { comment: 'Сделаю сегодня же, опыт десять лет.', price: 20_000, etaMinutes: 180 };
      return {
        ...json('POST', `/api/v1/tasks/${task.id}/responses`, provider.cookie, body, { ...body, price: 25_000 }),
        created: () => rows(responses, eq(responses.providerId, provider.user.id)),
      };
    },
  },
  {
    route: 'POST /api/v1/conversations/:id/messages',
    status: 201,
    async prepare() {
      const chat = await openChat(t.app, db(), clock.now(), { customer: await account(), provider: await account('provider') });
      const url = `/api/v1/conversations/${chat.conversationId}/messages`;
      return {
        ...json('POST', url, chat.customer.cookie, { text: 'Здравствуйте, когда сможете прийти?' }, { text: 'Другой текст' }),
        created: () => rows(messages, eq(messages.conversationId, chat.conversationId)),
      };
    },
  },
  {
    route: 'POST /api/v1/conversations/:id/images',
    status: 201,
    async prepare() {
      const chat = await openChat(t.app, db(), clock.now(), { customer: await account(), provider: await account('provider') });
      return {
        ...(await upload('POST', `/api/v1/conversations/${chat.conversationId}/images`, chat.customer.cookie)),
        created: () => rows(files, and(eq(files.ownerId, chat.customer.user.id), eq(files.kind, 'chat_image'))),
      };
    },
  },
  {
    route: 'POST /api/v1/complaints',
    status: 201,
    async prepare() {
      const reporter = await account('provider');
      const task = await createTask(db(), (await createUser(db())).id);
      const body = { targetType: 'task', targetId: task.id, reason: 'spam' };
      return {
        ...json('POST', '/api/v1/complaints', reporter.cookie, body, { ...body, reason: 'fraud' }),
        created: () => rows(complaints, eq(complaints.reporterId, reporter.user.id)),
      };
    },
  },
  {
    route: 'POST /api/v1/tasks/:id/review',
    status: 201,
    async prepare() {
      const [customer, provider] = await Promise.all([account(), account('provider')]);
      const task = await createTask(db(), customer.user.id, { status: 'completed', selectedProviderId: provider.user.id });
      const body = { rating: 5, text: 'Пришёл вовремя, всё сделал аккуратно.' };
      return {
        ...json('POST', `/api/v1/tasks/${task.id}/review`, customer.cookie, body, { ...body, rating: 4 }),
        created: () => rows(reviews, eq(reviews.taskId, task.id)),
      };
    },
  },
  {
    route: 'POST /api/v1/subscriptions/checkout',
    status: 201,
    async prepare() {
      const provider = await account('provider');
      return {
        ...json(
          'POST',
          '/api/v1/subscriptions/checkout',
          provider.cookie,
          { planId: basicPlanId },
          { planId: basicPlanId, method: 'balance' },
        ),
        created: () => rows(payments, eq(payments.userId, provider.user.id)),
      };
    },
  },
  {
    route: 'POST /api/v1/me/balance/top-ups',
    status: 201,
    async prepare() {
      const provider = await account('provider');
      return {
        ...json('POST', '/api/v1/me/balance/top-ups', provider.cookie, { amount: 10_000 }, { amount: 20_000 }),
        created: () => rows(payments, eq(payments.userId, provider.user.id)),
      };
    },
  },
  {
    route: 'POST /api/v1/files',
    status: 201,
    async prepare() {
      const customer = await account();
      return {
        ...(await upload('POST', '/api/v1/files', customer.cookie)),
        created: () => rows(files, and(eq(files.ownerId, customer.user.id), eq(files.kind, 'task_photo'))),
      };
    },
  },
  {
    route: 'POST /api/v1/me/portfolio',
    status: 201,
    async prepare() {
      const provider = await account('provider');
      return {
        ...(await upload('POST', '/api/v1/me/portfolio', provider.cookie)),
        created: () => rows(files, and(eq(files.ownerId, provider.user.id), eq(files.kind, 'portfolio'))),
      };
    },
  },
  {
    route: 'PUT /api/v1/me/avatar',
    status: 200,
    async prepare() {
      const person = await account();
      // A replaced avatar's row is deleted, so count the replacements in the audit log instead.
      return {
        ...(await upload('PUT', '/api/v1/me/avatar', person.cookie)),
        created: () => rows(auditLog, and(eq(auditLog.actorId, person.user.id), eq(auditLog.action, 'profile.updated'))),
      };
    },
  },
];

describe.each(cases)('Idempotency-Key on $route', ({ status, prepare }) => {
  it('creates once for the same key sent twice in sequence; the second answer repeats the first', async () => {
    const request = await prepare();
    const before = await request.created();
    const key = randomUUID();
    const first = await request.send(key);
    expect(first.statusCode, first.body).toBe(status);
    const again = await request.send(key);
    expect(again.statusCode).toBe(status);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await request.created()).toBe(before + 1);

    if (request.sendOther) {
      const reused = await request.sendOther(key);
      expect(reused.statusCode).toBe(422);
      expect(reused.json().code).toBe('idempotency.key_reused');
      expect(await request.created()).toBe(before + 1);
    }
  });

  it('creates once for the same key sent twice in parallel; both answers are the same', async () => {
    const request = await prepare();
    const before = await request.created();
    const key = randomUUID();
    const [a, b] = await Promise.all([request.send(key), request.send(key)]);
    expect([a.statusCode, b.statusCode], a.body).toEqual([status, status]);
    expect(b.body).toBe(a.body);
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter(Boolean)).toEqual(['true']);
    expect(await request.created()).toBe(before + 1);
  });
});

describe('OpenAPI', () => {
  it('documents the optional Idempotency-Key header on every opted-in route', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; required?: boolean; description?: string }> }>>;
    };
    for (const { route } of cases) {
      const [method, url] = route.split(' ') as [string, string];
      const openApiPath = url.replace(/:(\w+)/g, '{$1}');
      const header = spec.paths[openApiPath]?.[method.toLowerCase()]?.parameters?.find((p) => p.in === 'header');
      expect(header, route).toMatchObject({ name: 'idempotency-key', required: false });
      expect(header?.description).toContain('24 h');
    }
  });
});
