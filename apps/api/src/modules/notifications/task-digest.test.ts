import { randomUUID } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { categories } from '../catalog/catalog.table.js';
import { outboxMessages } from '../../platform/outbox/outbox.table.js';
import { users } from '../users/users.table.js';
import { defaultNotificationSettings } from './notification-settings-defaults.js';
import { composeTaskDigestEmail } from './task-digest-email.js';
import { runTaskDigest, type TaskDigestDeps } from './task-digest-job.js';
import { runTaskAlertFanout } from './task-alert-fanout.js';
import { taskAlertEmailQueue } from './task-alert-jobs.js';
import { runTaskMatching, type TaskMatchingDeps } from './task-matching.js';

// Providers on the daily digest get one email a day listing new matching tasks instead of one per task.

const clock = createFakeClock('2026-12-01T10:00:00Z'); // 15:00 in Dushanbe
type Account = Awaited<ReturnType<typeof signUp>> & { email: string };
let customer: Awaited<ReturnType<typeof signUp>>;
let instant: Account;
let daily: Account;
let dailyTg: Account;
let dailyNoEmail: Account;
let body: Awaited<ReturnType<typeof taskBody>>;
let matching: TaskMatchingDeps;
let digest: TaskDigestDeps;

async function provider(taskDigest: 'instant' | 'daily', email: boolean, locale: 'ru' | 'tg' = 'ru'): Promise<Account> {
  const address = `n6-${randomUUID().slice(0, 8)}@example.tj`;
  const who = await signUp(t.app, t.db, { role: 'provider', email: address });
  await t.db.update(users).set({ locale }).where(eq(users.id, who.user.id));
  const profile = { categoryIds: [body.categoryId], serviceCityId: body.cityId, districtIds: [] };
  const patched = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: who.cookie }, payload: profile });
  expect(patched.statusCode).toBe(200);
  const settings = defaultNotificationSettings();
  settings.channels['task.matching'].email = email;
  settings.taskDigest = taskDigest;
  const put = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/me/notification-settings',
    headers: { cookie: who.cookie },
    payload: settings,
  });
  expect(put.statusCode).toBe(200);
  return { ...who, email: address };
}

/** Publishes a task and fans it out at once, in-app and push/email (no worker runs here). */
async function publish(title: string, by = customer) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    headers: { cookie: by.cookie },
    payload: { ...body, title, status: 'new' },
  });
  expect(res.statusCode).toBe(201);
  const taskId: string = res.json().id;
  await runTaskMatching(matching, taskId);
  await runTaskAlertFanout({ ...matching, jobs: t.platform.jobs, log: t.app.log }, taskId);
  return taskId;
}

/** The per-task alert email jobs queued for a person (the task alert fan-out's, one per task). */
async function perTaskEmailJobs(who: Account): Promise<number> {
  const { rows } = await t.database.executeSql(`select count(*)::int as n from pgboss.job where name = $1 and data->'recipientIds' ? $2`, [
    taskAlertEmailQueue,
    who.user.id,
  ]);
  return (rows[0] as { n: number }).n;
}

/** The notification emails (they carry an unsubscribe link; the sign-up code does not) sent to a person. */
async function mailsTo(who: Account) {
  const rows = await t.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, who.email));
  return rows.filter((r) => r.text.includes('/notifications/unsubscribe?token='));
}

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  await t.platform.jobs.start();
  const db = t.db;
  matching = { db, clock: clock.now, bus: t.platform.bus, log: t.app.log, jobs: t.platform.jobs };
  digest = { db, mailer: t.platform.mailer, publicUrl: t.config.publicUrl, secret: t.config.appSecret, clock: clock.now, log: t.app.log };
  const [sub] = await db.select().from(categories).where(isNotNull(categories.parentId)).limit(1);
  body = await taskBody(db, { categoryId: sub!.parentId, subcategoryId: sub!.id, districtId: undefined });
  customer = await signUp(t.app, db, {});
  instant = await provider('instant', true);
  daily = await provider('daily', true);
  dailyTg = await provider('daily', true, 'tg');
  dailyNoEmail = await provider('daily', false);
});
afterAll(async () => {
  await t.platform.jobs.stop();
});

describe('the daily task digest', () => {
  it('emails daily providers one digest at 09:00 with the open tasks matching them, and nothing on a rerun', async () => {
    const first = await publish('Починить кран в ванной');
    clock.advance(3_600_000);
    const second = await publish('Собрать шкаф-купе');
    clock.advance(60_000);
    // Computed from the feed: a task its customer cancelled before the digest is not listed.
    const another = await signUp(t.app, t.db, {});
    const cancelled = await publish('Вынести старый диван', another);
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${cancelled}/status`,
      headers: { cookie: another.cookie },
      payload: { status: 'cancelled', reason: 'Уже не нужно' },
    });
    expect(cancel.statusCode).toBe(200);
    expect(await perTaskEmailJobs(instant)).toBe(3);
    expect(await perTaskEmailJobs(daily)).toBe(0);
    expect(await perTaskEmailJobs(dailyTg)).toBe(0);

    clock.set('2026-12-02T04:00:00Z'); // 09:00 in Dushanbe
    expect(await runTaskDigest(digest)).toBe(2);
    const [mail, ...more] = await mailsTo(daily);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('2 новых подходящих задания — Dastiyor');
    expect(mail!.text).toContain('Починить кран в ванной');
    expect(mail!.text).toContain('Собрать шкаф-купе');
    expect(mail!.text).toContain(`${t.config.publicUrl}/tasks/${first}`);
    expect(mail!.text).toContain(`${t.config.publicUrl}/tasks/${second}`);
    expect(mail!.html).toContain('Не присылать такие письма');
    expect(mail!.text).not.toContain('Вынести старый диван');
    const [tgMail] = await mailsTo(dailyTg);
    expect(tgMail!.subject).toBe('2 супориши нави мувофиқ — Dastiyor');
    expect(tgMail!.text).toContain(`${t.config.publicUrl}/tg/tasks/${first}`);
    expect(await mailsTo(instant)).toEqual([]);
    expect(await mailsTo(dailyNoEmail)).toEqual([]);

    // In-app, everyone still has them, the digest's people too: the count does not depend on the email.
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { cookie: daily.cookie } });
    expect(list.json().matchingTasks.latest.map((m: { id: string }) => m.id)).toEqual([second, first]);

    clock.advance(3 * 3_600_000);
    await publish('Покрасить забор');
    expect(await runTaskDigest(digest)).toBe(0);
    expect(await mailsTo(daily)).toHaveLength(1);
  });

  it('lists next day only the tasks that came after the last digest, and skips anyone with nothing new', async () => {
    clock.set('2026-12-03T04:00:00Z');
    expect(await runTaskDigest(digest)).toBe(2);
    const mails = await mailsTo(daily);
    expect(mails).toHaveLength(2);
    const latest = mails.find((m) => m.text.includes('Покрасить забор'))!;
    expect(latest.subject).toBe('1 новое подходящее задание — Dastiyor');
    expect(latest.text).not.toContain('Починить кран');
    expect(latest.text).not.toContain('Собрать шкаф');

    clock.set('2026-12-04T04:00:00Z');
    expect(await runTaskDigest(digest)).toBe(0);
  });

  it('shows up to 20 tasks and says how many more', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ link: `/tasks/t${i}`, params: { taskTitle: `Задание <${i}>` } }));
    const deps = { publicUrl: 'https://dastiyor.tj', secret: 'x'.repeat(32) };
    const mail = composeTaskDigestEmail(deps, { to: 'a@b.tj', userId: randomUUID(), locale: 'ru', items, total: 25 });
    expect(mail.subject).toBe('25 новых подходящих заданий — Dastiyor');
    expect(mail.text).toContain('…и ещё 5 заданий в Dastiyor');
    expect(mail.html).toContain('Задание &#60;19&#62;');
    const tg = composeTaskDigestEmail(deps, { to: 'a@b.tj', userId: randomUUID(), locale: 'tg', items, total: 21 });
    expect(tg.text).toContain('…ва боз 1 супориш дар Dastiyor');
  });
});
