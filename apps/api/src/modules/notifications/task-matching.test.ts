import { eq, isNotNull, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories, cities, districts } from '../catalog/catalog.table.js';
import { matchingTasksSeen } from './matching-tasks-seen.table.js';
import { notifications } from './notifications.table.js';
import { users } from '../users/users.table.js';
import { advanceSeenUpTo } from './matching-tasks-seen-repository.js';
import { runTaskMatching, sweepUnmatchedTasks } from './task-matching.js';

// A published task reaches every provider whose line of work and area take it, and nobody else: computed from
// the feed for the bell and the list (decision 015), so nothing is stored per provider and a task closed or
// hidden since drops out by itself.

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
/** The customer of the task published last. */
let owner: Account;
let admin: { cookie: string };
const matching: Record<string, Account> = {};
const notMatching: Record<string, Account> = {};
let body: Awaited<ReturnType<typeof taskBody>>;

async function setProfile(who: Account, profile: object) {
  const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: who.cookie }, payload: profile });
  expect(res.statusCode).toBe(200);
}

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  const db = t.db;

  const subs = await db.select().from(categories).where(isNotNull(categories.parentId));
  const home = subs[0]!;
  const sibling = subs.find((s) => s.parentId === home.parentId && s.id !== home.id)!;
  const foreign = subs.find((s) => s.parentId !== home.parentId)!;
  const allDistricts = await db.select().from(districts);
  const cityId = allDistricts.find((d) => allDistricts.filter((o) => o.cityId === d.cityId).length >= 2)!.cityId;
  const [near, far] = allDistricts.filter((d) => d.cityId === cityId);
  const [otherCity] = await db.select().from(cities).where(ne(cities.id, cityId)).limit(1);
  admin = await signInAdmin(t.app, db, clock.now());
  customer = await signUp(t.app, db, {});
  const provider = () => signUp(t.app, db, { role: 'provider' });
  const profiles: Array<[Record<string, Account>, string, object]> = [
    [matching, 'lineAndDistrict', { categoryIds: [home.parentId], serviceCityId: cityId, districtIds: [near!.id] }],
    [matching, 'wholeCity', { categoryIds: [home.parentId], serviceCityId: cityId, districtIds: [] }],
    [matching, 'bySubcategory', { categoryIds: [home.id], serviceCityId: cityId, districtIds: [] }],
    [notMatching, 'otherDistrict', { categoryIds: [home.parentId], serviceCityId: cityId, districtIds: [far!.id] }],
    [notMatching, 'otherCity', { categoryIds: [home.parentId], serviceCityId: otherCity!.id, districtIds: [] }],
    [notMatching, 'otherSubcategory', { categoryIds: [sibling.id], serviceCityId: cityId, districtIds: [] }],
    [notMatching, 'otherLine', { categoryIds: [foreign.parentId], serviceCityId: cityId, districtIds: [] }],
    [notMatching, 'noProfile', {}],
  ];
  for (const [group, key, profile] of profiles) {
    group[key] = await provider();
    if (Object.keys(profile).length > 0) await setProfile(group[key], profile);
  }
  body = await taskBody(db, { categoryId: home.parentId, subcategoryId: home.id, cityId, districtId: near!.id });
});

const inbox = async (who: Account) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { cookie: who.cookie } });
  expect(res.statusCode).toBe(200);
  return res.json();
};
/** Publishes through the API, each task by a customer of its own (a new account posts 3 tasks a day at most). */
const publish = async (title: string, status: 'new' | 'draft' = 'new') => {
  owner = await signUp(t.app, t.db, {});
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    headers: { cookie: owner.cookie },
    payload: { ...body, title, status },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};
const markRead = async (who: Account, payload: object) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read', headers: { cookie: who.cookie }, payload });
  expect(res.statusCode).toBe(200);
  return res.json().unreadCount as number;
};
/** Everyone starts from nothing new: the earlier tests' tasks are seen. */
const seeAll = async () => {
  for (const who of [...Object.values(matching), ...Object.values(notMatching)]) await markRead(who, { all: true });
};
const deps = () => ({ db: t.db, clock: clock.now, bus: t.platform.bus, log: t.app.log });

describe('new-task alerts', () => {
  it('count a published task for every matching provider and list it on top, and nobody else sees it', async () => {
    const taskId = await publish('Починить кран в ванной');
    for (const who of Object.values(matching)) {
      const page = await inbox(who);
      expect(page.unreadCount).toBe(1);
      expect(page.matchingTasks).toMatchObject({ count: 1, capped: false, seenUpTo: null });
      expect(page.matchingTasks.latest).toEqual([{ id: taskId, title: 'Починить кран в ванной', publishedAt: clock.now().toISOString() }]);
      expect(JSON.stringify(page)).not.toContain(body.address);
    }
    for (const who of Object.values(notMatching)) {
      const page = await inbox(who);
      expect(page.unreadCount).toBe(0);
      expect(page.matchingTasks).toEqual({ count: 0, capped: false, latest: [], seenUpTo: null });
    }
    expect((await inbox(customer)).matchingTasks).toBeNull();
    // Nothing is stored per provider.
    expect(await t.db.select().from(notifications).where(eq(notifications.type, 'task.matching'))).toEqual([]);
  });

  it('leave out a draft until it is published', async () => {
    await seeAll();
    clock.advance(60_000);
    const draftId = await publish('Повесить полку в прихожей', 'draft');
    const draftOwner = owner;
    expect(await runTaskMatching(deps(), draftId)).toBe(false);
    expect((await inbox(matching.wholeCity!)).matchingTasks.count).toBe(0);

    clock.advance(60_000);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${draftId}/status`,
      headers: { cookie: draftOwner.cookie },
      payload: { status: 'new' },
    });
    expect(published.statusCode).toBe(200);
    expect((await inbox(matching.wholeCity!)).matchingTasks.latest.map((m: { id: string }) => m.id)).toEqual([draftId]);
  });

  it('drop a task moderation hid or its customer cancelled, at once, because the count is computed', async () => {
    await seeAll();
    clock.advance(60_000);
    const hidden = await publish('Покрасить забор у дачи');
    clock.advance(1_000);
    const cancelled = await publish('Собрать шкаф-купе');
    expect((await inbox(matching.bySubcategory!)).matchingTasks.count).toBe(2);

    const hide = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/tasks/${hidden}/hide`,
      headers: { cookie: admin.cookie },
      payload: { reason: 'Объявление о продаже, не задание' },
    });
    expect(hide.statusCode).toBe(200);
    expect((await inbox(matching.bySubcategory!)).matchingTasks.latest.map((m: { id: string }) => m.id)).toEqual([cancelled]);

    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${cancelled}/status`,
      headers: { cookie: owner.cookie },
      payload: { status: 'cancelled', reason: 'Передумал' },
    });
    expect(cancel.statusCode).toBe(200);
    const page = await inbox(matching.bySubcategory!);
    expect(page.matchingTasks.count).toBe(0);
    expect(page.unreadCount).toBe(0);
  });

  it('mark-all-read moves the "seen up to" mark: the count empties, a later task counts again, and it never moves back', async () => {
    await seeAll();
    clock.advance(60_000);
    await publish('Поклеить обои в спальне');
    const who = matching.lineAndDistrict!;
    expect((await inbox(who)).unreadCount).toBe(1);

    const marking = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: { cookie: who.cookie },
      payload: { all: true },
    });
    const marked = clock.now();
    // The answer says how things now stand, so the page needs no second request.
    expect(marking.json()).toEqual({
      unreadCount: 0,
      matchingTasks: { count: 0, capped: false, latest: [], seenUpTo: marked.toISOString() },
    });
    const afterMark = await inbox(who);
    expect(afterMark.matchingTasks).toMatchObject({ count: 0, latest: [], seenUpTo: marked.toISOString() });
    const [row] = await t.db.select().from(matchingTasksSeen).where(eq(matchingTasksSeen.userId, who.user.id));
    expect(row!.seenUpTo).toEqual(marked);

    clock.advance(60_000);
    const later = await publish('Заменить розетку на кухне');
    expect((await inbox(who)).matchingTasks.latest.map((m: { id: string }) => m.id)).toEqual([later]);
    // Only the matching tasks, by themselves: the "N new tasks" entry was opened.
    expect(await markRead(who, { matchingTasks: true })).toBe(0);

    // A request answered late by a stale clock cannot move the mark back.
    await advanceSeenUpTo(t.db, who.user.id, marked);
    expect((await inbox(who)).matchingTasks.count).toBe(0);
  });

  it('refuse a mark-read request naming more than one kind (400)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: { cookie: matching.wholeCity!.cookie },
      payload: { all: true, matchingTasks: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation.failed');
  });

  it('count up to the cap and say so, looking back no further than a week for someone who never marked', async () => {
    const db = t.db;
    const fresh = await signUp(t.app, db, { role: 'provider' });
    await setProfile(fresh, { categoryIds: [body.categoryId], serviceCityId: body.cityId, districtIds: [] });
    const fields = { categoryId: body.categoryId, subcategoryId: body.subcategoryId, cityId: body.cityId, districtId: body.districtId };
    const now = clock.now().getTime();
    const before = (await inbox(fresh)).matchingTasks.count;
    expect(before).toBeGreaterThan(0);
    await createTask(db, customer.user.id, { ...fields, status: 'new', publishedAt: new Date(now - 8 * 86_400_000) });
    expect((await inbox(fresh)).matchingTasks.count).toBe(before);
    for (let i = 0; i < 100; i++)
      await createTask(db, customer.user.id, { ...fields, status: 'new', publishedAt: new Date(now - i * 1000) });
    const page = await inbox(fresh);
    expect(page.matchingTasks).toMatchObject({ count: 100, capped: true });
    expect(page.matchingTasks.latest).toHaveLength(3);
    expect(page.unreadCount).toBe(100);
    await db.delete(users).where(eq(users.id, fresh.user.id));
  });
});

describe('GET /api/v1/tasks?matching=true', () => {
  const feed = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/tasks?matching=true&limit=50', headers: cookie ? { cookie } : {} });

  it('lists the same open tasks the alerts count, for a provider; 401 for a guest, 403 for a customer', async () => {
    const taskId = await publish('Установить смеситель');
    for (const who of Object.values(matching)) {
      const res = await feed(who.cookie);
      expect(res.statusCode).toBe(200);
      const ids = res.json().items.map((i: { id: string }) => i.id);
      expect(ids).toContain(taskId);
      const { latest } = (await inbox(who)).matchingTasks;
      expect(ids).toEqual(expect.arrayContaining(latest.map((m: { id: string }) => m.id)));
    }
    for (const who of Object.values(notMatching)) expect((await feed(who.cookie)).json().items).toEqual([]);
    expect((await feed()).statusCode).toBe(401);
    expect((await feed(customer.cookie)).statusCode).toBe(403);
  });
});

describe('the fan-out job', () => {
  it('sweeps up a published task whose job was lost, and only once', async () => {
    const db = t.db;
    const minutesAgo = (m: number) => new Date(clock.now().getTime() - m * 60_000);
    const fields = { categoryId: body.categoryId, subcategoryId: body.subcategoryId, cityId: body.cityId, districtId: body.districtId };
    // Published and committed, but the process died before the job was queued.
    const lost = await createTask(db, customer.user.id, { ...fields, status: 'new', publishedAt: minutesAgo(10) });
    // Just published: its job is probably still in the queue.
    const fresh = await createTask(db, customer.user.id, { ...fields, status: 'new', publishedAt: minutesAgo(1) });
    const queued: string[] = [];
    const sweep = () =>
      sweepUnmatchedTasks({
        db,
        clock: clock.now,
        log: t.app.log,
        jobs: { send: async (_queue, data) => (queued.push((data as { taskId: string }).taskId), 'job') },
      });
    const swept = await sweep();
    expect(swept).toContain(lost.id);
    expect(swept).not.toContain(fresh.id);

    expect(await runTaskMatching(deps(), lost.id)).toBe(true);
    expect(await sweep()).not.toContain(lost.id);
    expect(queued).toContain(lost.id);
  });
});
