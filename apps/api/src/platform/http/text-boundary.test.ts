import { count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { openChat } from '../../../test/chat-fixtures.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { tasks, users } from '../../db/schema/index.js';
import { normaliseTextIn } from './text-boundary.js';

const clock = createFakeClock('2026-11-24T06:00:00Z');
let customer: Awaited<ReturnType<typeof signUp>>;
let provider: Awaited<ReturnType<typeof signUp>>;
let admin: Awaited<ReturnType<typeof signInAdmin>>;
let chat: Awaited<ReturnType<typeof openChat>>;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  customer = await signUp(t.app, t.db, {});
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Бахтиёр Раҳимов' });
  admin = await signInAdmin(t.app, t.db, clock.now());
  chat = await openChat(t.app, t.db, clock.now(), { customer, provider });
  clock.advance(2 * 86_400_000); // past the first-day task limit
});

/** A 400 problem+json whose only field error is `invalid_characters` at `path`. */
function expectRefusedAt(res: LightMyRequestResponse, path: string) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = res.json();
  expect(problem).toMatchObject({ status: 400, code: 'validation.failed' });
  expect(problem.errors).toEqual([{ path, code: 'invalid_characters', message: expect.any(String) }]);
}

const taskCount = async () => Number((await t.db.select({ n: count() }).from(tasks))[0]!.n);

describe('text boundary: control characters and lone surrogates', () => {
  it('answers a NUL in the search query of a guest with a 400, not a 500', async () => {
    expectRefusedAt(await t.app.inject({ method: 'GET', url: '/api/v1/tasks?q=%00' }), 'query.q');
    expectRefusedAt(await t.app.inject({ method: 'GET', url: '/api/v1/tasks?q=%D0%B0%00%D0%B1' }), 'query.q');
  });

  it('answers a login holding a NUL with a 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'a\u0000b@example.tj', password: 'Kuhi-Varzob-2026' },
    });
    expectRefusedAt(res, 'body.login');
  });

  it('answers a lone surrogate in PATCH /me skills with a 400 naming the item, and keeps the profile', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: provider.cookie },
      payload: { skills: ['сантехника', 'a\ud800b'] },
    });
    expectRefusedAt(res, 'body.skills.1');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: provider.cookie } })).json();
    expect(me.provider.skills).not.toContain('сантехника');
  });

  it('refuses a lone surrogate sent as raw JSON escapes (low half alone too)', async () => {
    for (const escaped of ['\\ud800', '\\udc00x', 'x\\ud83d']) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { cookie: provider.cookie, 'content-type': 'application/json' },
        payload: `{"description":"${escaped}"}`,
      });
      expectRefusedAt(res, 'body.description');
    }
  });

  it('keeps a well-formed surrogate pair (an emoji) and tab, LF and CR in multi-line text', async () => {
    const description = 'Строка 1\r\n\tСтрока 2 🔧';
    const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: provider.cookie }, payload: { description } });
    expect(res.statusCode, res.body).toBe(200);
    expect(JSON.stringify(res.json())).toContain(JSON.stringify(description).slice(1, -1));
  });

  it('refuses the other C0 and C1 control characters and DEL, naming the code point', async () => {
    for (const [char, name] of [
      ['\u001b', 'U+001B'],
      ['\u0007', 'U+0007'],
      ['\u007f', 'U+007F'],
      ['\u0085', 'U+0085'],
      ['\u009f', 'U+009F'],
    ] as const) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { cookie: provider.cookie },
        payload: { name: `Бахтиёр${char}` },
      });
      expectRefusedAt(res, 'body.name');
      expect(res.json().errors[0].message).toContain(name);
    }
  });

  it('refuses a NUL in a path parameter and in an object key', async () => {
    expectRefusedAt(await t.app.inject({ method: 'GET', url: '/api/v1/tasks/%00' }), 'params.id');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: provider.cookie },
      payload: { ['na\u0000me']: 'Бахтиёр' },
    });
    expectRefusedAt(res, 'body.na\u0000me');
  });

  it('answers a body nested far deeper than any schema with a 400, not a stack overflow', async () => {
    const depth = 20_000;
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: provider.cookie, 'content-type': 'application/json' },
      payload: `{"skills":${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}}`,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ code: 'invalid_characters' });
    expect(res.json().errors[0].path).toMatch(/^body\.skills(\.0)+$/);
  });

  it('reports at most 20 field errors however many strings are bad', () => {
    const errors = normaliseTextIn({ items: Array.from({ length: 500 }, () => '\u0000') }, 'body');
    expect(errors).toHaveLength(20);
    expect(errors.map((e) => e.path)).toContain('body.items.0');
  });
});

describe('text boundary: every text a person or an admin writes', () => {
  it('refuses a NUL in a task title and stores no task', async () => {
    const before = await taskCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: customer.cookie },
      payload: await taskBody(t.db, { title: 'Заменить\u0000смеситель' }),
    });
    expectRefusedAt(res, 'body.title');
    expect(await taskCount()).toBe(before);
  });

  it('refuses a NUL in chat text', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${chat.conversationId}/messages`,
      headers: { cookie: customer.cookie },
      payload: { text: 'Салом\u0000' },
    });
    expectRefusedAt(res, 'body.text');
  });

  it('refuses a NUL in a profile name and description, and leaves the stored name alone', async () => {
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: customer.cookie }, payload });
    expectRefusedAt(await patch({ name: 'Фарида\u0000' }), 'body.name');
    expectRefusedAt(await patch({ description: 'Описание\u0000' }), 'body.description');
    const [row] = await t.db.select({ name: users.name }).from(users).where(eq(users.id, customer.user.id));
    expect(row!.name).toBe('Фарида Каримова');
  });

  it('refuses a NUL in complaint text', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/complaints',
      headers: { cookie: provider.cookie },
      payload: { targetType: 'task', targetId: chat.task.id, reason: 'spam', text: 'Спам\u0000' },
    });
    expectRefusedAt(res, 'body.text');
  });

  it('refuses a NUL in admin plan, category, warning and maintenance texts', async () => {
    const asAdmin = (method: 'POST' | 'PUT', url: string, payload: object) =>
      t.app.inject({ method, url, headers: { cookie: admin.cookie }, payload });
    const plan = { code: 'nul-plan', name: { ru: 'План\u0000', tg: 'Нақша' }, durationDays: 30, dailyResponseLimit: null, price: 1000 };
    expectRefusedAt(await asAdmin('POST', '/api/v1/admin/plans', plan), 'body.name.ru');
    expectRefusedAt(await asAdmin('POST', '/api/v1/admin/categories', { name: { ru: 'Ремонт', tg: 'Таъмир\u0000' } }), 'body.name.tg');
    expectRefusedAt(
      await asAdmin('POST', `/api/v1/admin/users/${customer.user.id}/warn`, { message: 'Предупреждение\u0000' }),
      'body.message',
    );
    expectRefusedAt(
      await asAdmin('PUT', '/api/v1/admin/settings', { maintenance: { enabled: true, message: { ru: 'Скоро\u0000', tg: 'Ба зудӣ' } } }),
      'body.maintenance.message.ru',
    );
    const health = (await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' })).json();
    expect(health.maintenance?.enabled ?? false).toBe(false);
  });

  it('refuses a NUL in admin search filters', async () => {
    for (const url of ['/api/v1/admin/users?q=%00', '/api/v1/admin/tasks?q=%00', '/api/v1/admin/audit-log?q=a%00']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
      expectRefusedAt(res, 'query.q');
    }
  });
});

describe('text boundary: NFC', () => {
  it('stores a decomposed "й" (и + U+0306) in a task title composed', async () => {
    const decomposed = 'Почини\u0438\u0306 чайник';
    const composed = 'Починий чайник';
    expect(decomposed).not.toBe(composed);
    expect(decomposed.normalize('NFC')).toBe(composed);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: customer.cookie },
      payload: await taskBody(t.db, { title: decomposed }),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().title).toBe(composed);
    const [row] = await t.db.select({ title: tasks.title }).from(tasks).where(eq(tasks.id, res.json().id));
    expect(row!.title).toBe(composed);
  });

  it('normalises the search query, so a decomposed "й" finds the composed title', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks?q=${encodeURIComponent('почини\u0438\u0306')}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { title: string }) => i.title)).toContain('Починий чайник');
  });
});
