import { count, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories, districts } from '../catalog/catalog.table.js';
import { tasks } from './tasks.table.js';

const clock = createFakeClock('2026-11-24T06:00:00Z');
let customer: Awaited<ReturnType<typeof signUp>>;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  customer = await signUp(t.app, t.db, {});
  clock.advance(2 * 86_400_000); // past the first-day limit for most tests
});

const create = (payload: object, cookie = customer.cookie) =>
  t.app.inject({ method: 'POST', url: '/api/v1/tasks', payload, headers: { cookie } });
const taskCount = async () => Number((await t.db.select({ n: count() }).from(tasks))[0]!.n);

describe('POST /api/v1/tasks', () => {
  it('publishes a task that appears in the feed at once, with the address kept private', async () => {
    const res = await create(await taskBody(t.db, { title: 'Повесить люстру в зале' }));
    expect(res.statusCode).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({ status: 'new', isOwner: true, address: 'ул. Рудаки 15, кв. 8', budgetAmount: 15_000 });
    const feed = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' })).json();
    expect(feed.items.map((i: { id: string }) => i.id)).toContain(task.id);
    const guest = (await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${task.id}` })).json();
    expect(guest).toMatchObject({ isOwner: false, address: null, customer: { name: 'Фарида Каримова', tasksPosted: expect.any(Number) } });
    expect(JSON.stringify(guest)).not.toContain('Рудаки');
    expect(JSON.stringify(guest)).not.toContain(customer.login);
  });

  it('keeps a draft out of the feed and visible only to its customer', async () => {
    const res = await create(await taskBody(t.db, { title: 'Черновик про шкаф', status: 'draft' }));
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect(res.json().publishedAt).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${id}`, headers: { cookie: customer.cookie } })).statusCode).toBe(200);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/me/tasks?status=draft', headers: { cookie: customer.cookie } })).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('needs a session (401) and a customer account (403)', async () => {
    const body = await taskBody(t.db);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/tasks', payload: body })).statusCode).toBe(401);
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    expect((await create(body, provider.cookie)).statusCode).toBe(403);
  });

  const invalid: Array<[string, Record<string, unknown>, string, string]> = [
    ['a missing title', { title: undefined }, 'body.title', 'invalid_type'],
    ['a short title', { title: 'Кран' }, 'body.title', 'too_small'],
    ['an over-long description', { description: 'д'.repeat(5001) }, 'body.description', 'too_big'],
    ['a zero budget', { budgetAmount: 0 }, 'body.budgetAmount', 'too_small'],
    ['an absurd budget', { budgetAmount: 100_000_001 }, 'body.budgetAmount', 'too_big'],
    ['a fixed budget without an amount', { budgetAmount: null }, 'body.budgetAmount', 'custom'],
    ['a fractional budget', { budgetAmount: 150.5 }, 'body.budgetAmount', 'invalid_type'],
    ['an unknown urgency', { urgency: 'asap' }, 'body.urgency', 'invalid_value'],
    ['an end before the start', { startsAt: '2026-12-05T10:00:00Z', endsAt: '2026-12-04T10:00:00Z' }, 'body.endsAt', 'custom'],
    ['a date in the past', { startsAt: '2026-11-01T10:00:00Z' }, 'body.startsAt', 'in_past'],
    ['a filled honeypot', { website: 'http://spam.example' }, 'body.website', 'too_big'],
    ['eleven photos', { attachmentIds: Array.from({ length: 11 }, () => crypto.randomUUID()) }, 'body.attachmentIds', 'too_big'],
    ['a photo that is not theirs', { attachmentIds: [crypto.randomUUID()] }, 'body.attachmentIds.0', 'unknown_file'],
  ];
  it.each(invalid)('refuses %s with a field error and stores nothing', async (_name, overrides, path, code) => {
    const before = await taskCount();
    const res = await create(await taskBody(t.db, overrides));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await taskCount()).toBe(before);
  });

  it('refuses a subcategory of another category and a district of another city', async () => {
    const db = t.db;
    const body = await taskBody(db);
    const [foreignSub] = await db
      .select()
      .from(categories)
      .where(ne(categories.parentId, body.categoryId as string))
      .limit(1);
    const [foreignDistrict] = await db
      .select()
      .from(districts)
      .where(ne(districts.cityId, body.cityId as string))
      .limit(1);
    const res = await create({ ...body, subcategoryId: foreignSub!.id, districtId: foreignDistrict!.id });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.districtId', 'body.subcategoryId']);
  });
});

describe('spam rules', () => {
  it('lets a new account publish 3 tasks on its first day, with a clear 429 after', async () => {
    const fresh = await signUp(t.app, t.db, {});
    for (let i = 1; i <= 3; i++)
      expect((await create(await taskBody(t.db, { title: `Новая задача номер ${i}` }), fresh.cookie)).statusCode).toBe(201);
    const fourth = await create(await taskBody(t.db, { title: 'Новая задача номер 4' }), fresh.cookie);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json()).toMatchObject({ code: 'tasks.daily_limit' });
    expect(fourth.json().retryAfter).toBeGreaterThan(0);
    // Drafts are not publications: still allowed.
    expect((await create(await taskBody(t.db, { title: 'Черновик после лимита', status: 'draft' }), fresh.cookie)).statusCode).toBe(201);
  });

  it('allows 10 a Dushanbe day to older accounts, counting from local midnight', async () => {
    const older = await signUp(t.app, t.db, {});
    clock.advance(3 * 86_400_000);
    clock.set('2026-11-29T18:30:00Z'); // 23:30 in Dushanbe
    for (let i = 1; i <= 10; i++)
      expect((await create(await taskBody(t.db, { title: `Ежедневная задача ${i}` }), older.cookie)).statusCode).toBe(201);
    expect((await create(await taskBody(t.db, { title: 'Ежедневная задача 11' }), older.cookie)).statusCode).toBe(429);
    clock.set('2026-11-29T19:00:01Z'); // 00:00 the next day in Dushanbe
    expect((await create(await taskBody(t.db, { title: 'Ежедневная задача 12' }), older.cookie)).statusCode).toBe(201);
  });

  it('refuses the same text published again within 24 hours', async () => {
    const body = await taskBody(t.db, { title: 'Покрасить забор на даче', description: 'Забор 20 метров, краска есть.' });
    expect((await create(body)).statusCode).toBe(201);
    const again = await create({ ...body, title: '  покрасить   забор на даче ' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('tasks.duplicate');
    clock.advance(86_400_000 + 1000);
    expect((await create(body)).statusCode).toBe(201);
  });

  it('cannot be beaten by parallel requests', async () => {
    const fresh = await signUp(t.app, t.db, {});
    const results = await Promise.all(
      Array.from(
        { length: 6 },
        async (_, i) => (await create(await taskBody(t.db, { title: `Параллельная задача ${i}` }), fresh.cookie)).statusCode,
      ),
    );
    expect(results.filter((s) => s === 201)).toHaveLength(3);
    expect(results.filter((s) => s === 429)).toHaveLength(3);
  });
});

describe('task record', () => {
  it('stores money in diram and times in UTC', async () => {
    const res = await create(await taskBody(t.db, { title: 'Проверка хранения денег', startsAt: '2026-12-24T15:00:00+05:00' }));
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, res.json().id));
    expect(row!.budgetAmount).toBe(15_000);
    expect(row!.startsAt!.toISOString()).toBe('2026-12-24T10:00:00.000Z');
  });
});
