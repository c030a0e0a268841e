import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { createProviders, matchingPlaces } from '../../../test/provider-fixtures.js';
import { type FakeBrowser, startPushService } from '../../../test/push-service.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { outboxMessages } from '../../platform/outbox/outbox.table.js';
import { pushSubscriptions } from '../push/push.table.js';
import { taskAlertFanouts } from './task-alert-fanouts.table.js';
import { tasks } from '../tasks/tasks.table.js';
import { defaultNotificationSettings } from './notification-settings-defaults.js';
import { taskAlertEmailQueue, taskAlertPushQueue } from './task-alert-jobs.js';
import { deliverTaskAlertPush } from './task-alert-push.js';
import type { TaskAlertDeliveryDeps } from './task-alert-retry.js';
import { registerTaskAlertJobs } from './task-alert-workers.js';

// Publishing a task, end to end through the queue: every matching provider's browsers get the push
// once, the ones who asked get the email, per their settings and quiet hours; nobody else.

let service: Awaited<ReturnType<typeof startPushService>>;
let delivery: TaskAlertDeliveryDeps;
const clock = createFakeClock('2026-12-01T06:00:00Z'); // 11:00 in Dushanbe
let places: Awaited<ReturnType<typeof matchingPlaces>>;
let customer: Awaited<ReturnType<typeof signUp>>;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  service = await startPushService();
  await t.platform.jobs.start();
  const db = t.db;
  delivery = {
    db,
    jobs: t.platform.jobs,
    push: t.platform.push,
    mailer: t.platform.mailer,
    publicUrl: t.config.publicUrl,
    secret: t.config.appSecret,
    clock: clock.now,
    log: t.app.log,
  };
  await registerTaskAlertJobs(t.platform.jobs, { ...delivery, jobs: t.platform.jobs, log: t.app.log });
  places = await matchingPlaces(db);
  customer = await signUp(t.app, db, {});
});
afterAll(async () => {
  await t.platform.jobs.stop();
  await service.close();
});

const settingsWith = (change: (s: ReturnType<typeof defaultNotificationSettings>) => void) => {
  const settings = defaultNotificationSettings();
  change(settings);
  return settings;
};
const matchingProfile = () => ({ categoryIds: [places.categoryId], cityId: places.cityId });
const unique = () => Math.random().toString(36).slice(2, 10);

async function publish(title: string, by = customer) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    headers: { cookie: by.cookie },
    payload: {
      title,
      description: 'Шкаф-купе из трёх секций, инструкция есть, нужен аккуратный сборщик.',
      categoryId: places.categoryId,
      subcategoryId: places.subcategoryId,
      cityId: places.cityId,
      districtId: places.nearDistrictId,
      budgetType: 'fixed',
      budgetAmount: 30_000,
      urgency: 'normal',
      status: 'new',
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const pushesTo = (b: FakeBrowser, from = service) => from.received.filter((r) => b.endpoint === `${from.origin}${r.path}`);
const emailsTo = (to: string) => t.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, to));

/** The alert jobs of a task still waiting or running: 0 once everything due was delivered. */
async function pendingAlertJobs(taskId: string, options: { includeDelayed?: boolean } = {}) {
  const { rows } = await t.database.executeSql(
    `select count(*)::int as n from pgboss.job
     where name = any($1::text[]) and data->>'taskId' = $2 and state in ('created', 'retry', 'active')
       and ($3 or start_after <= now())`,
    [[taskAlertPushQueue, taskAlertEmailQueue], taskId, options.includeDelayed ?? false],
  );
  return (rows[0] as { n: number }).n;
}

async function fanoutFinished(taskId: string) {
  const [row] = await t.db.select().from(taskAlertFanouts).where(eq(taskAlertFanouts.taskId, taskId));
  return row?.finishedAt != null;
}

const drained = async (taskId: string) => {
  await expect.poll(() => fanoutFinished(taskId), { timeout: 20_000, interval: 200 }).toBe(true);
  await expect.poll(() => pendingAlertJobs(taskId), { timeout: 30_000, interval: 200 }).toBe(0);
};

describe('task alert delivery', () => {
  it('pushes once to every browser of every matching provider who allows it, emails those who asked, and nobody else', async () => {
    const browsers = Object.fromEntries(
      ['ru1', 'ru2', 'tg', 'pushOff', 'otherCity', 'blocked', 'digest'].map((k) => [k, service.browser()]),
    ) as Record<string, FakeBrowser>;
    const mails = { instant: `instant-${unique()}@example.tj`, digest: `digest-${unique()}@example.tj` };
    await createProviders(t.db, [
      { ...matchingProfile(), browsers: [browsers.ru1!, browsers.ru2!] },
      { ...matchingProfile(), locale: 'tg', browsers: [browsers.tg!] },
      { ...matchingProfile(), browsers: [browsers.pushOff!], settings: settingsWith((s) => (s.channels['task.matching'].push = false)) },
      { ...matchingProfile(), email: mails.instant, settings: settingsWith((s) => (s.channels['task.matching'].email = true)) },
      {
        ...matchingProfile(),
        email: mails.digest,
        browsers: [browsers.digest!],
        settings: settingsWith((s) => ((s.channels['task.matching'].email = true), (s.taskDigest = 'daily'))),
      },
      { categoryIds: [places.categoryId], cityId: places.otherCityId, browsers: [browsers.otherCity!] },
      { ...matchingProfile(), status: 'blocked', browsers: [browsers.blocked!] },
    ]);

    const taskId = await publish('Собрать шкаф-купе в спальне');
    await drained(taskId);

    for (const key of ['ru1', 'ru2', 'tg', 'digest']) expect(pushesTo(browsers[key]!), key).toHaveLength(1);
    for (const key of ['pushOff', 'otherCity', 'blocked']) expect(pushesTo(browsers[key]!), key).toEqual([]);
    expect(pushesTo(browsers.ru1!)[0]!.payload).toEqual({
      title: 'Новое подходящее задание',
      body: 'Новое задание по вашему профилю: «Собрать шкаф-купе в спальне»',
      url: `/tasks/${taskId}`,
      tag: `task.matching:/tasks/${taskId}`,
    });
    expect(pushesTo(browsers.tg!)[0]!.payload).toMatchObject({ title: 'Супориши нави мувофиқ', url: `/tg/tasks/${taskId}` });

    const [mail, ...more] = await emailsTo(mails.instant);
    expect(more).toEqual([]);
    expect(mail!.text).toContain('«Собрать шкаф-купе в спальне»');
    expect(mail!.text).toContain(`${t.config.publicUrl}/tasks/${taskId}`);
    // The daily digest sends these once a day: no email one by one.
    expect(await emailsTo(mails.digest)).toEqual([]);
  });

  it('retries a browser whose push service answered 500, and delivers it once when it answers 201', async () => {
    // A service of its own: after the 500 the sender backs off from that host for a moment.
    const flakyService = await startPushService();
    try {
      const flaky = flakyService.browser([500, 201]);
      const [providerId] = await createProviders(t.db, [{ ...matchingProfile(), browsers: [flaky] }]);
      const taskId = await publish('Заменить розетку в коридоре');
      await expect.poll(() => pushesTo(flaky, flakyService).length, { timeout: 30_000, interval: 200 }).toBe(2);
      await drained(taskId);
      const [first, second] = pushesTo(flaky, flakyService);
      expect(first!.payload).toMatchObject({ tag: `task.matching:/tasks/${taskId}` });
      expect(second!.payload).toEqual(first!.payload);
      expect(pushesTo(flaky, flakyService)).toHaveLength(2);
      const [kept] = await t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, providerId!));
      expect(kept!.lastSuccessAt).not.toBeNull();
    } finally {
      await flakyService.close();
    }
  });

  it('holds the push until quiet hours end (08:00 Dushanbe) but sends the email at once', async () => {
    // 23:30 in Dushanbe, years ahead of the real clock: the held push cannot come due during the test.
    clock.set('2031-03-01T18:30:00Z');
    try {
      const sleeper = service.browser();
      const email = `night-${unique()}@example.tj`;
      await createProviders(t.db, [
        { ...matchingProfile(), email, browsers: [sleeper], settings: settingsWith((s) => (s.channels['task.matching'].email = true)) },
      ]);
      // Signed in at that time: the day's session would have expired years before.
      const nightOwl = await signUp(t.app, t.db, {});
      const taskId = await publish('Починить кран ночью не надо', nightOwl);
      await expect.poll(() => fanoutFinished(taskId), { timeout: 20_000, interval: 200 }).toBe(true);
      await expect.poll(async () => (await emailsTo(email)).length, { timeout: 20_000, interval: 200 }).toBe(1);
      const { rows } = await t.database.executeSql(
        `select start_after from pgboss.job where name = $1 and data->>'taskId' = $2 and state = 'created'`,
        [taskAlertPushQueue, taskId],
      );
      expect(rows.map((r) => new Date((r as { start_after: string }).start_after).toISOString())).toEqual(['2031-03-02T03:00:00.000Z']);
      expect(pushesTo(sleeper)).toEqual([]);
    } finally {
      clock.set('2026-12-01T06:00:00Z');
    }
  });

  it('sends nothing for a task hidden after its pushes were queued, nor to a provider blocked since', async () => {
    const late = service.browser();
    const blockedSince = service.browser();
    const [lateId, blockedId] = await createProviders(t.db, [
      { ...matchingProfile(), browsers: [late] },
      { ...matchingProfile(), status: 'blocked', browsers: [blockedSince] },
    ]);
    const taskId = await publish('Покрасить забор на даче');
    await drained(taskId);
    expect(pushesTo(late)).toHaveLength(1);

    // A batch naming someone blocked after it was queued: nothing for them.
    expect(await deliverTaskAlertPush(delivery, { taskId, recipientIds: [blockedId!], attempt: 0 }, 'direct-1')).toMatchObject({ sent: 0 });
    expect(pushesTo(blockedSince)).toEqual([]);

    // A batch that runs after moderation hid the task: nothing for anyone.
    await t.db.update(tasks).set({ hiddenAt: clock.now(), hiddenCause: 'admin' }).where(eq(tasks.id, taskId));
    const outcome = await deliverTaskAlertPush(delivery, { taskId, recipientIds: [lateId!], attempt: 0 }, 'direct-2');
    expect(outcome).toEqual({ sent: 0, gone: 0, retried: 0, failed: 0 });
    expect(pushesTo(late)).toHaveLength(1);
  });
});
