import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { grantPlan } from '../../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { complaints } from '../../complaints/complaints.table.js';
import { payments } from '../../payments/payments.table.js';
import { plans } from '../../subscriptions/plans.table.js';
import { responses } from '../../responses/responses.table.js';

let admin: { id: string; cookie: string };
const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const idsOf = (res: { json: () => { items: Array<{ id: string }> } }) => res.json().items.map((u) => u.id);

describe('GET /api/v1/admin/users', () => {
  it('should answer 401 to a guest and 403 to a customer or a provider', async () => {
    expect((await get('/api/v1/admin/users')).json()).toMatchObject({ status: 401, code: 'auth.required' });
    const customer = await signUp(t.app, t.db, { role: 'customer' });
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    expect((await get('/api/v1/admin/users', customer.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await get('/api/v1/admin/users', provider.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('should find an account by any part of its name in any case, by email, and by phone digits with or without +', async () => {
    const tag = randomUUID().slice(0, 8);
    const zarina = await createUser(t.db, {
      name: `Зарина Ҳакимова ${tag}`,
      email: `zarina.${tag}@mail.tj`,
      phone: `+99291${tag.replace(/\D/g, '').padEnd(7, '7').slice(0, 7)}`,
    });
    const other = await createUser(t.db, { name: `Другой ${tag}` });
    const search = async (q: string) => idsOf(await get(`/api/v1/admin/users?q=${encodeURIComponent(q)}`, admin.cookie));

    expect(await search('зарина ҳаки')).toEqual([zarina.id]);
    expect(await search(`ZARINA.${tag.toUpperCase()}@MAIL`)).toEqual([zarina.id]);
    const phone = zarina.phone!;
    expect(await search(phone)).toEqual([zarina.id]);
    expect(await search(phone.slice(1))).toEqual([zarina.id]);
    expect(await search(`${phone.slice(4, 6)} ${phone.slice(6)}`)).toEqual([zarina.id]);
    expect((await search(tag)).sort()).toEqual([zarina.id, other.id].sort());
    // `%` and `_` are letters to search for, not wildcards.
    expect(await search('%')).toEqual([]);
  });

  it('should filter by role and status and list newest first', async () => {
    const tag = randomUUID().slice(0, 8);
    const provider = await createUser(t.db, {
      role: 'provider',
      name: `П ${tag}`,
      createdAt: new Date('2026-11-02T00:00:00Z'),
    });
    const blocked = await createUser(t.db, {
      name: `Б ${tag}`,
      status: 'blocked',
      blockedAt: clock.now(),
      createdAt: new Date('2026-11-03T00:00:00Z'),
    });
    const customer = await createUser(t.db, { name: `К ${tag}`, createdAt: new Date('2026-11-01T00:00:00Z') });

    expect(idsOf(await get(`/api/v1/admin/users?q=${tag}`, admin.cookie))).toEqual([blocked.id, provider.id, customer.id]);
    expect(idsOf(await get(`/api/v1/admin/users?q=${tag}&role=provider`, admin.cookie))).toEqual([provider.id]);
    expect(idsOf(await get(`/api/v1/admin/users?q=${tag}&status=blocked`, admin.cookie))).toEqual([blocked.id]);
    expect(idsOf(await get(`/api/v1/admin/users?q=${tag}&role=customer&status=active`, admin.cookie))).toEqual([customer.id]);
    const item = (await get(`/api/v1/admin/users?q=${tag}&status=blocked`, admin.cookie)).json().items[0];
    expect(item).toMatchObject({ role: 'customer', status: 'blocked', blockedAt: clock.now().toISOString(), verified: false });
  });

  it('should page by cursor without repeating or skipping an account, rows made by SQL defaults included', async () => {
    const tag = randomUUID().slice(0, 8);
    // createdAt left to the database's now(): microseconds the cursor does not carry.
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createUser(t.db, { name: `Стр ${tag} ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/v1/admin/users?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, admin.cookie);
      expect(res.statusCode).toBe(200);
      seen.push(...idsOf(res));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(made.map((u) => u.id)));
  });

  it('should answer 400 for an unknown role, a bad cursor or a limit out of range', async () => {
    for (const query of ['role=superuser', 'status=gone', 'cursor=nonsense', 'limit=500']) {
      const res = await get(`/api/v1/admin/users?${query}`, admin.cookie);
      expect([query, res.statusCode, res.json().code]).toEqual([query, 400, 'validation.failed']);
    }
  });
});

describe('GET /api/v1/admin/users/:id', () => {
  it('should answer 401, 403, 404 and 400 before anything else', async () => {
    const customer = await signUp(t.app, t.db, {});
    expect((await get(`/api/v1/admin/users/${customer.user.id}`)).statusCode).toBe(401);
    expect((await get(`/api/v1/admin/users/${customer.user.id}`, customer.cookie)).statusCode).toBe(403);
    expect((await get(`/api/v1/admin/users/${randomUUID()}`, admin.cookie)).json()).toMatchObject({ status: 404, code: 'not_found' });
    expect((await get('/api/v1/admin/users/not-a-uuid', admin.cookie)).statusCode).toBe(400);
  });

  it('should show a customer with their tasks, complaints about and by them, and their audit trail', async () => {
    const customer = await signUp(t.app, t.db, { name: 'Дилноза Саидова' });
    const db = t.db;
    const task = await createTask(db, customer.user.id, { title: 'Собрать шкаф' });
    const reporter = await createUser(db);
    await db.insert(complaints).values([
      {
        source: 'user',
        reporterId: reporter.id,
        targetType: 'task',
        targetId: task.id,
        targetUserId: customer.user.id,
        reason: 'spam',
        createdAt: clock.now(),
      },
      {
        source: 'user',
        reporterId: customer.user.id,
        targetType: 'user',
        targetId: reporter.id,
        targetUserId: reporter.id,
        reason: 'rude',
        createdAt: clock.now(),
      },
    ]);

    const res = await get(`/api/v1/admin/users/${customer.user.id}`, admin.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: customer.user.id,
      role: 'customer',
      status: 'active',
      name: 'Дилноза Саидова',
      provider: null,
      verified: false,
    });
    expect(body.tasks).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: task.id, title: 'Собрать шкаф', status: 'new', hiddenAt: null })],
    });
    expect(body.complaintsAbout).toMatchObject({
      total: 1,
      items: [{ targetType: 'task', targetId: task.id, reason: 'spam', status: 'open' }],
    });
    expect(body.complaintsBy).toMatchObject({ total: 1, items: [{ targetType: 'user', targetId: reporter.id, reason: 'rude' }] });
    expect(body.responses).toEqual({ total: 0, items: [] });
    // Signing up wrote security events about the account (their own login, at least).
    expect(body.audit.total).toBeGreaterThan(0);
    expect(body.audit.items[0]).toMatchObject({ actor: { id: customer.user.id, role: 'customer' }, createdAt: expect.any(String) });
  });

  it('should show a provider with profile, responses, subscription periods and payments', async () => {
    const db = t.db;
    const provider = await signUp(t.app, db, { role: 'provider', name: 'Фирӯз Назаров' });
    await grantPlan(db, provider.user.id, 'standard', clock.now());
    const owner = await createUser(db);
    const task = await createTask(db, owner.id, { title: 'Покрасить стены' });
    await db.insert(responses).values({
      taskId: task.id,
      providerId: provider.user.id,
      comment: 'Сделаю за день',
      price: 50_000,
      etaMinutes: 480,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    const [standard] = await db.select().from(plans);
    await db.insert(payments).values({
      userId: provider.user.id,
      planId: standard!.id,
      amount: standard!.price,
      provider: 'sandbox',
      method: 'card',
      status: 'succeeded',
      createdAt: clock.now(),
      updatedAt: clock.now(),
      paidAt: clock.now(),
    });

    const body = (await get(`/api/v1/admin/users/${provider.user.id}`, admin.cookie)).json();
    expect(body.provider).toEqual({
      description: '',
      skills: [],
      ratingAverage: null,
      reviewsCount: 0,
      completedCount: 0,
      verifiedAt: null,
    });
    expect(body.responses).toMatchObject({
      total: 1,
      items: [{ taskId: task.id, taskTitle: 'Покрасить стены', price: 50_000, status: 'pending' }],
    });
    expect(body.subscriptions).toMatchObject({ total: 1, items: [{ planCode: 'standard', source: 'payment', revokedAt: null }] });
    expect(body.subscriptions.items[0].planName.ru).toEqual(expect.any(String));
    expect(body.payments).toMatchObject({ total: 1, items: [{ status: 'succeeded', amount: standard!.price, planCode: standard!.code }] });
  });
});
