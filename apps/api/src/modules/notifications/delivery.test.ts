import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { outboxMessagesTo } from '../../../test/eventually.js';
import { users } from '../users/users.table.js';
import { type DeliveryDeps, emailDeliveryQueue, registerDeliveryJobs, smsDeliveryQueue } from './delivery.js';
import { defaultNotificationSettings } from './notification-settings-defaults.js';
import { type NotificationRecipient, type NotifierDeps, notify, publishNotifications } from './notify.js';

// 23:30 in Dushanbe (UTC+5): inside the default quiet hours 22:00–08:00.
const clock = createFakeClock('2026-12-01T18:30:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let ru: Account & { email: string; phone: string };
let tg: Account & { email: string };
let notifier: NotifierDeps;
let delivery: DeliveryDeps;

/** One with a verified email and phone, in a language. */
async function person(locale: 'ru' | 'tg') {
  const email = `n3-${randomUUID().slice(0, 8)}@example.tj`;
  const phone = `+99290${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const account = await signUp(t.app, t.db, { email });
  await t.db.update(users).set({ locale, phone, phoneVerifiedAt: clock.now() }).where(eq(users.id, account.user.id));
  return { ...account, email, phone };
}

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  await t.platform.jobs.start();
  const db = t.db;
  notifier = { db, clock: clock.now, bus: t.platform.bus, log: t.app.log, jobs: t.platform.jobs };
  delivery = {
    db,
    mailer: t.platform.mailer,
    sms: t.platform.sms,
    push: t.platform.push,
    publicUrl: t.config.publicUrl,
    secret: t.config.appSecret,
    clock: clock.now,
  };
  [ru, tg] = await Promise.all([person('ru'), person('tg')]);
});
afterAll(async () => {
  await t.platform.jobs.stop();
});

async function fire(eventKey: string, recipients: NotificationRecipient[]) {
  const rows = await notify(t.db, { clock: clock.now }, { eventKey, recipients });
  await publishNotifications(notifier, rows);
  return rows;
}

type JobRow = { name: string; start_after: Date; data: { notificationId: string } };
async function jobsFor(notificationIds: string[]): Promise<JobRow[]> {
  const { rows } = await t.database.executeSql(
    `select name, start_after, data from pgboss.job where data->>'notificationId' = any($1::text[]) order by name`,
    [notificationIds],
  );
  return rows as JobRow[];
}

const put = (who: Account, settings: object) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/me/notification-settings', headers: { cookie: who.cookie }, payload: settings });

describe('queueing deliveries', () => {
  it('queues email at once and SMS for the end of quiet hours (08:00 Dushanbe)', async () => {
    const queuedFrom = Date.now();
    const [row] = await fire(`response.new:${randomUUID()}`, [
      { userId: ru.user.id, type: 'response.new', link: '/tasks/t1', params: { taskTitle: 'Кран', providerName: 'Бахтиёр' } },
    ]);
    const jobs = await jobsFor([row!.id]);
    expect(jobs.map((j) => j.name)).toEqual([emailDeliveryQueue, smsDeliveryQueue]);
    expect(new Date(jobs[1]!.start_after).toISOString()).toBe('2026-12-02T03:00:00.000Z');
    // "At once" is the queue's own clock (the database's), not the fake one: within seconds of queueing,
    // whatever the calendar says. (Comparing with the fake 08:00 stopped holding once real time passed it.)
    const emailStart = new Date(jobs[0]!.start_after).getTime();
    expect(emailStart).toBeGreaterThanOrEqual(queuedFrom - 5_000);
    expect(emailStart).toBeLessThanOrEqual(Date.now() + 5_000);
  });

  it('queues nothing for a channel switched off, and no SMS for a type not worth one', async () => {
    const settings = defaultNotificationSettings();
    settings.channels['response.new'] = { email: false, sms: false, push: true };
    expect((await put(ru, settings)).statusCode).toBe(200);
    const rows = await fire(`mixed:${randomUUID()}`, [
      { userId: ru.user.id, type: 'response.new', link: '/tasks/t2', params: { taskTitle: 'Кран', providerName: 'Бахтиёр' } },
      { userId: tg.user.id, type: 'review.new', link: '/providers/p/reviews', params: { rating: 5 } },
    ]);
    const jobs = await jobsFor(rows.map((r) => r.id));
    expect(jobs).toEqual([expect.objectContaining({ name: emailDeliveryQueue, data: { notificationId: rows[1]!.id } })]);
    expect((await put(ru, defaultNotificationSettings())).statusCode).toBe(200);
  });

  it('queues one job per channel for the same event delivered twice', async () => {
    const key = `task.completed:${randomUUID()}`;
    const recipient = { userId: ru.user.id, type: 'task.completed' as const, link: '/tasks/t3', params: { taskTitle: 'Полка' } };
    const first = await fire(key, [recipient]);
    const again = await fire(key, [recipient]);
    expect(again).toEqual([]);
    expect(await jobsFor(first.map((r) => r.id))).toHaveLength(1);
  });
});

describe('the email worker and one-click unsubscribe', () => {
  beforeAll(async () => {
    await registerDeliveryJobs(t.platform.jobs, delivery);
  });

  it('emails in the recipient language with the link and an unsubscribe that works without login', async () => {
    await fire(`review.new:${randomUUID()}`, [
      { userId: tg.user.id, type: 'review.new', link: '/providers/p/reviews', params: { rating: 4 } },
    ]);
    const [mail, ...more] = await outboxMessagesTo(t.db, tg.email, 'Тақризи нав: 4 ситора');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Тақризи нав — Dastiyor');
    expect(mail!.text).toContain('Тақризи нав: 4 ситора');
    expect(mail!.text).toContain(`${t.config.publicUrl}/tg/providers/p/reviews`);
    expect(mail!.html).toContain('Чунин мактубҳоро нафиристед');

    const link = /(https?:\/\/\S+\/api\/v1\/notifications\/unsubscribe\?token=\S+)/.exec(mail!.text)![1]!;
    const res = await t.app.inject({ method: 'GET', url: new URL(link).pathname + new URL(link).search });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Шумо обунаро бекор кардед');
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/me/notification-settings', headers: { cookie: tg.cookie } });
    expect(settings.json().channels['review.new']).toEqual({ email: false, sms: false, push: true });
    expect(settings.json().channels['task.completed'].email).toBe(true);

    // Unsubscribed: the next review queues no email.
    const [row] = await fire(`review.new:${randomUUID()}`, [
      { userId: tg.user.id, type: 'review.new', link: '/providers/p/reviews', params: { rating: 5 } },
    ]);
    expect(await jobsFor([row!.id])).toEqual([]);
  });

  it('emails in Russian with the unprefixed link, and sends a worthy SMS', async () => {
    clock.set('2026-12-02T06:00:00Z'); // 11:00 Dushanbe: not quiet.
    await fire(`response.selected:${randomUUID()}`, [
      { userId: ru.user.id, type: 'response.selected', link: '/tasks/t4', params: { taskTitle: 'Плитка' } },
    ]);
    const mails = await outboxMessagesTo(t.db, ru.email, '«Плитка»');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Вас выбрали исполнителем — Dastiyor');
    expect(mails[0]!.text).toContain('Вас выбрали исполнителем задания «Плитка»');
    expect(mails[0]!.text).toContain(`${t.config.publicUrl}/tasks/t4`);
    const [sms] = await outboxMessagesTo(t.db, ru.phone, '«Плитка»');
    expect(sms!.text).toBe('Dastiyor: Вас выбрали исполнителем задания «Плитка»');
  });

  it('answers 400 with a small page for a forged token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unsubscribe?token=abc.def' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Ссылка для отписки недействительна');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unsubscribe' })).statusCode).toBe(400);
  });

  it('should declare the unsubscribe answers in the OpenAPI document as the page and text they are', async () => {
    // Clients read the document: a 400 that is not problem+json must say what it is instead.
    const path = t.app.swagger().paths?.['/api/v1/notifications/unsubscribe'];
    const contentTypes = (method: 'get' | 'post', status: string) =>
      Object.keys((path?.[method]?.responses?.[status] as { content?: object } | undefined)?.content ?? {});
    for (const status of ['200', '400']) {
      expect(contentTypes('get', status)).toEqual(['text/html']);
      expect(contentTypes('post', status)).toEqual(['text/plain']);
    }
    // Declaring them leaves the bodies as they were, not JSON strings.
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unsubscribe?token=abc.def' });
    expect(page.body.startsWith('<!doctype html>')).toBe(true);
    const text = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/unsubscribe?token=abc.def' });
    expect([text.statusCode, text.headers['content-type'], text.body]).toEqual([400, 'text/plain; charset=utf-8', 'invalid']);
  });
});
