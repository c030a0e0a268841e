import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { createProviders, fixedId, matchingPlaces } from '../../../test/provider-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import type { Db } from '../../db/client.js';
import { taskAlertFanouts } from './task-alert-fanouts.table.js';
import { tasks } from '../tasks/tasks.table.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { recordTaskAlert, runTaskAlertFanout, sweepTaskAlerts, type TaskAlertFanoutDeps } from './task-alert-fanout.js';
import { taskAlertFanoutQueue, taskAlertPushQueue } from './task-alert-jobs.js';
import { findAlertRecipientDetails, findAlertTask, findMatchingOrder } from './task-alert-recipients-repository.js';

// The fan-out alone (no delivery workers run here): who is queued, how often, in what order, and
// what happens when it dies half way.

let db: Db;
let deps: TaskAlertFanoutDeps;
const clock = createFakeClock('2026-12-01T06:00:00Z'); // 11:00 in Dushanbe: no quiet hours
let places: Awaited<ReturnType<typeof matchingPlaces>>;
let customerId: string;
/** In sign-up order. */
let matching: string[];
let notMatching: string[];
const matchingCount = 240;
const page = 40;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  db = t.db;
  await t.platform.jobs.start();
  deps = { db, jobs: t.platform.jobs, clock: clock.now, log: t.app.log, pageSize: page, orderSize: 100 };
  places = await matchingPlaces(db);
  customerId = (await createUser(db)).id;
  const browser = (n: number) => [{ endpoint: `https://push.example/${n}`, keys: { p256dh: 'p', auth: 'a' } }];
  const signedUp = (n: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + n * 3_600_000);
  // Alternating ways of matching: the category, the subcategory, the task's district, the whole city.
  matching = await createProviders(
    db,
    Array.from({ length: matchingCount }, (_, n) => ({
      id: fixedId(1, n),
      categoryIds: [n % 2 === 0 ? places.categoryId : places.subcategoryId],
      cityId: places.cityId,
      districtIds: n % 3 === 0 ? [places.nearDistrictId] : [],
      createdAt: signedUp(n),
      browsers: browser(n),
    })),
  );
  notMatching = await createProviders(db, [
    { categoryIds: [places.categoryId], cityId: places.otherCityId, browsers: browser(1001) },
    { categoryIds: [places.foreignCategoryId], cityId: places.cityId, browsers: browser(1002) },
    { categoryIds: [places.categoryId], cityId: places.cityId, districtIds: [places.farDistrictId], browsers: browser(1003) },
    { categoryIds: [places.categoryId], cityId: places.cityId, status: 'blocked', browsers: browser(1004) },
  ]);
});
afterAll(async () => {
  await t.platform.jobs.stop();
});

let taskCounter = 0;
/** A published task with its fan-out recorded, as publishing writes them. */
async function publishedTask(overrides: Partial<typeof tasks.$inferInsert> = {}) {
  taskCounter += 1;
  const task = await createTask(db, customerId, {
    id: fixedId(9, taskCounter),
    categoryId: places.categoryId,
    subcategoryId: places.subcategoryId,
    cityId: places.cityId,
    districtId: places.nearDistrictId,
    ...overrides,
  });
  await recordTaskAlert(db, task.id, clock.now());
  return task.id;
}

/** Every recipient of every push job queued for a task, repeats included. */
async function queuedPushRecipients(taskId: string): Promise<string[]> {
  const { rows } = await t.database.executeSql(`select data from pgboss.job where name = $1 and data->>'taskId' = $2`, [
    taskAlertPushQueue,
    taskId,
  ]);
  return (rows as Array<{ data: { recipientIds: string[] } }>).flatMap((r) => r.data.recipientIds);
}

/** Spearman's rank correlation of two orders of the same ids. */
function rankCorrelation(a: string[], b: string[]): number {
  const position = new Map(b.map((id, i) => [id, i]));
  const n = a.length;
  const d2 = a.reduce((sum, id, i) => sum + (i - position.get(id)!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** Everyone a task's fan-out walks, in its order: the blocked provider too (walked past, never alerted). */
const walk = async (taskId: string) =>
  findAlertRecipientDetails(db, await findMatchingOrder(db, (await findAlertTask(db, taskId))!, null, 10_000));
/** The active recipients among the first `batches` pages of a task's walk: what those batches queue. */
const activeInFirst = async (taskId: string, batches: number) =>
  (await walk(taskId)).slice(0, batches * page).filter((r) => r.active).length;

describe('task alert fan-out', () => {
  it('queues one push for every matching provider with a browser, and for nobody else', async () => {
    const taskId = await publishedTask();
    const summary = await runTaskAlertFanout(deps, taskId);
    expect(summary).toMatchObject({ recipients: matchingCount, push: matchingCount, email: 0 });
    // 240 recipients at 40 a page: six full batches and an empty one that finishes.
    expect(summary.batches).toBe(7);
    const queued = await queuedPushRecipients(taskId);
    expect(queued).toHaveLength(matchingCount);
    expect([...queued].sort()).toEqual([...matching].sort());
    expect(queued.filter((id) => notMatching.includes(id))).toEqual([]);

    // Run again (the job delivered twice): nothing more.
    expect(await runTaskAlertFanout(deps, taskId)).toMatchObject({ batches: 0, recipients: matchingCount });
    expect(await queuedPushRecipients(taskId)).toHaveLength(matchingCount);
  });

  it('walks recipients in an order unrelated to sign-up, and different for every task', async () => {
    const orderOf = async (taskId: string) => (await walk(taskId)).filter((r) => r.active).map((r) => r.userId);
    const first = await orderOf(await publishedTask());
    const second = await orderOf(await publishedTask());
    expect([...first].sort()).toEqual([...matching].sort());
    // Fixed ids make these figures the same on every run; a list in sign-up (or id) order scores 1.
    expect(Math.abs(rankCorrelation(first, matching))).toBeLessThan(0.2);
    expect(Math.abs(rankCorrelation(second, matching))).toBeLessThan(0.2);
    expect(Math.abs(rankCorrelation(first, second))).toBeLessThan(0.2);
    // Nobody is always near the front: the first tenth of one task is mostly elsewhere in the other.
    const front = (order: string[]) => new Set(order.slice(0, matchingCount / 10));
    const both = [...front(first)].filter((id) => front(second).has(id));
    expect(both.length).toBeLessThan(matchingCount / 10 / 2);
  });

  it('resumes a fan-out that died inside a batch or right after one: everyone queued exactly once', async () => {
    const taskId = await publishedTask();
    // Dies inside the third batch's transaction, after its jobs were written: they roll back with it.
    let inserts = 0;
    const dyingInsert: Pick<Jobs, 'insert' | 'createQueues'> = {
      createQueues: (names) => t.platform.jobs.createQueues(names),
      async insert(jobs, options) {
        await t.platform.jobs.insert(jobs, options);
        inserts += 1;
        if (inserts === 3) throw new Error('the process died');
      },
    };
    await expect(runTaskAlertFanout({ ...deps, jobs: dyingInsert }, taskId)).rejects.toThrow(/died/);
    const [afterFirstCrash] = await db.select().from(taskAlertFanouts).where(eq(taskAlertFanouts.taskId, taskId));
    // Where the blocked provider falls in the walk decides whether a page queues 40 or 39.
    expect(afterFirstCrash).toMatchObject({ recipients: await activeInFirst(taskId, 2), finishedAt: null });
    expect(await queuedPushRecipients(taskId)).toHaveLength(await activeInFirst(taskId, 2));

    // Dies right after the fifth batch committed (before the next one is read).
    let commits = 0;
    const dyingAfterCommit = new Proxy(db, {
      get(target, key, receiver) {
        if (key !== 'transaction') return Reflect.get(target, key, receiver);
        return async (...args: Parameters<Db['transaction']>) => {
          const result = await target.transaction(...args);
          commits += 1;
          if (commits === 3) throw new Error('the process died after a commit');
          return result;
        };
      },
    });
    await expect(runTaskAlertFanout({ ...deps, db: dyingAfterCommit }, taskId)).rejects.toThrow(/after a commit/);
    expect(await queuedPushRecipients(taskId)).toHaveLength(await activeInFirst(taskId, 5));

    expect(await runTaskAlertFanout(deps, taskId)).toMatchObject({ recipients: matchingCount, push: matchingCount });
    const queued = await queuedPushRecipients(taskId);
    expect(queued).toHaveLength(matchingCount);
    expect(new Set(queued).size).toBe(matchingCount);
    expect([...queued].sort()).toEqual([...matching].sort());
  });

  it('queues everyone once when two runs of the same fan-out overlap', async () => {
    const taskId = await publishedTask();
    await Promise.all([runTaskAlertFanout(deps, taskId), runTaskAlertFanout(deps, taskId), runTaskAlertFanout(deps, taskId)]);
    const queued = await queuedPushRecipients(taskId);
    expect(queued).toHaveLength(matchingCount);
    expect(new Set(queued).size).toBe(matchingCount);
  });

  it('alerts nobody about a task hidden by moderation or cancelled before its fan-out ran', async () => {
    const hidden = await publishedTask({ hiddenAt: clock.now(), hiddenCause: 'admin', hiddenReason: 'spam' });
    const cancelled = await publishedTask({ status: 'cancelled', closedAt: clock.now() });
    for (const taskId of [hidden, cancelled]) {
      expect(await runTaskAlertFanout(deps, taskId)).toMatchObject({ recipients: 0, push: 0 });
      expect(await queuedPushRecipients(taskId)).toEqual([]);
      const [record] = await db.select().from(taskAlertFanouts).where(eq(taskAlertFanouts.taskId, taskId));
      expect(record!.finishedAt).not.toBeNull();
    }
  });

  it('sweeps up a fan-out whose job was lost, once it is two minutes old, and only until it finishes', async () => {
    const taskId = await publishedTask();
    const sweep = () => sweepTaskAlerts(deps);
    expect(await sweep()).not.toContain(taskId);
    clock.advance(3 * 60_000);
    expect(await sweep()).toContain(taskId);
    const { rows } = await t.database.executeSql(`select count(*)::int as n from pgboss.job where name = $1 and data->>'taskId' = $2`, [
      taskAlertFanoutQueue,
      taskId,
    ]);
    expect((rows[0] as { n: number }).n).toBe(1);
    await runTaskAlertFanout(deps, taskId);
    expect(await sweep()).not.toContain(taskId);
  });
});
