import { eq, isNotNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { categories, cities, districts, notifications, users } from '../../db/schema/index.js';
import { registerTaskMatchingJob, runTaskMatching, sweepUnmatchedTasks } from './task-matching.js';

// Publishing a task tells every provider whose line of work and area take it, at once; nobody else.

let testDb: TestDatabase;
let t: TestApp;
const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
const matching: Record<string, Account> = {};
const notMatching: Record<string, Account> = {};
let body: Awaited<ReturnType<typeof taskBody>>;

async function setProfile(who: Account, body: object) {
  const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: who.cookie }, payload: body });
  expect(res.statusCode).toBe(200);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = await buildTestApp(testDb.database, {}, undefined, clock.now);
  const db = testDb.database.db;
  await t.platform.jobs.start();
  await registerTaskMatchingJob(t.platform.jobs, { db, clock: clock.now, bus: t.platform.bus, log: t.app.log });

  const subs = await db.select().from(categories).where(isNotNull(categories.parentId));
  const home = subs[0]!;
  const sibling = subs.find((s) => s.parentId === home.parentId && s.id !== home.id)!;
  const foreign = subs.find((s) => s.parentId !== home.parentId)!;
  const allDistricts = await db.select().from(districts);
  const cityId = allDistricts.find((d) => allDistricts.filter((o) => o.cityId === d.cityId).length >= 2)!.cityId;
  const [near, far] = allDistricts.filter((d) => d.cityId === cityId);
  const [otherCity] = await db.select().from(cities).where(ne(cities.id, cityId)).limit(1);
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
    [notMatching, 'blocked', { categoryIds: [home.parentId], serviceCityId: cityId, districtIds: [] }],
  ];
  for (const [group, key, profile] of profiles) {
    group[key] = await provider();
    await setProfile(group[key], profile);
  }
  await db.update(users).set({ status: 'blocked' }).where(eq(users.id, notMatching.blocked!.user.id));
  body = await taskBody(db, { categoryId: home.parentId, subcategoryId: home.id, cityId, districtId: near!.id });
});
afterAll(async () => {
  await t.platform.jobs.stop();
  await t.app.close();
  await testDb.drop();
});

const recipientsOf = (taskId: string) =>
  testDb.database.db
    .select({ recipientId: notifications.recipientId, createdAt: notifications.createdAt, params: notifications.params })
    .from(notifications)
    .where(eq(notifications.eventKey, `task.matching:${taskId}`));
const expected = () =>
  Object.values(matching)
    .map((a) => a.user.id)
    .sort();

describe('task.matching', () => {
  it('reaches every matching provider at the same moment when a task is published, and nobody else', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: customer.cookie },
      payload: { ...body, status: 'new' },
    });
    expect(res.statusCode).toBe(201);
    const taskId: string = res.json().id;
    await expect.poll(async () => (await recipientsOf(taskId)).length, { timeout: 20_000, interval: 200 }).toBe(3);
    const rows = await recipientsOf(taskId);
    expect(rows.map((r) => r.recipientId).sort()).toEqual(expected());
    expect(new Set(rows.map((r) => r.createdAt.getTime())).size).toBe(1);
    expect(rows[0]!.params).toEqual({ taskTitle: body.title });

    const seen = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { cookie: matching.wholeCity!.cookie } });
    expect(seen.json().items[0]).toMatchObject({ type: 'task.matching', link: `/tasks/${taskId}`, readAt: null });
    expect(JSON.stringify(seen.json())).not.toContain(body.address);

    // The job delivered again adds nothing.
    const deps = { db: testDb.database.db, clock: clock.now, bus: t.platform.bus, log: t.app.log };
    expect(await runTaskMatching(deps, taskId)).toBe(0);
  });

  it('tells nobody about a draft until it is published', async () => {
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: customer.cookie },
      payload: { ...body, title: 'Повесить полку в прихожей', status: 'draft' },
    });
    expect(draft.statusCode).toBe(201);
    const taskId: string = draft.json().id;
    const deps = { db: testDb.database.db, clock: clock.now, bus: t.platform.bus, log: t.app.log };
    expect(await runTaskMatching(deps, taskId)).toBe(0);

    clock.advance(60_000);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/status`,
      headers: { cookie: customer.cookie },
      payload: { status: 'new' },
    });
    expect(published.statusCode).toBe(200);
    await expect.poll(async () => (await recipientsOf(taskId)).length, { timeout: 20_000, interval: 200 }).toBe(3);
    expect((await recipientsOf(taskId)).map((r) => r.recipientId).sort()).toEqual(expected());
  });

  it('sweeps up a published task whose fan-out job was lost, and only once', async () => {
    const db = testDb.database.db;
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

    const deps = { db, clock: clock.now, bus: t.platform.bus, log: t.app.log };
    expect(await runTaskMatching(deps, lost.id)).toBe(3);
    expect(await sweep()).not.toContain(lost.id);
    expect(queued).toContain(lost.id);
  });
});
