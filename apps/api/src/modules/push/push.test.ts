import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { startPushService, verifyVapid } from '../../../test/push-service.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { eventually } from '../../../test/eventually.js';
import { pushSubscriptions } from './push.table.js';
import { users } from '../users/users.table.js';
import { type DeliveryDeps, deliverPush, pushDeliveryQueue, registerDeliveryJobs } from '../notifications/delivery.js';
import { type NotificationRecipient, notify, publishNotifications } from '../notifications/notify.js';
import type { ResolveHost } from '../../platform/push/push-host.js';
import { isAcceptablePushEndpoint } from './push-endpoint.js';
import { pushRoutes } from './routes.js';

let service: Awaited<ReturnType<typeof startPushService>>;
// 11:00 in Dushanbe: outside the default quiet hours.
const clock = createFakeClock('2026-12-01T06:00:00Z');
let delivery: DeliveryDeps;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  service = await startPushService();
  await t.platform.jobs.start();
  const db = t.db;
  delivery = {
    db,
    mailer: t.platform.mailer,
    sms: t.platform.sms,
    push: t.platform.push,
    publicUrl: t.config.publicUrl,
    secret: t.config.appSecret,
    clock: clock.now,
  };
});
afterAll(async () => {
  await t.platform.jobs.stop();
  await service.close();
});

const subscribe = (cookie: string | undefined, body: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/push/subscriptions', headers: cookie ? { cookie } : {}, payload: body });
const unsubscribe = (cookie: string, endpoint: string) =>
  t.app.inject({ method: 'DELETE', url: '/api/v1/push/subscriptions', headers: { cookie }, payload: { endpoint } });
const subscriptionsOf = (userId: string) => t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));

async function fire(recipients: NotificationRecipient[]) {
  const rows = await notify(t.db, { clock: clock.now }, { eventKey: `test:${randomUUID()}`, recipients });
  await publishNotifications({ db: t.db, clock: clock.now, bus: t.platform.bus, log: t.app.log, jobs: t.platform.jobs }, rows);
  return rows;
}

describe('GET /push/public-key', () => {
  it('answers one P-256 key, generated once and kept for every instance', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/push/public-key' });
    expect(res.statusCode).toBe(200);
    const { publicKey } = res.json();
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    const other = await buildTestApp(t.database, {}, undefined, clock.now);
    try {
      expect((await other.app.inject({ method: 'GET', url: '/api/v1/push/public-key' })).json()).toEqual({ publicKey });
    } finally {
      await other.app.close();
    }
  });
});

describe('POST|DELETE /push/subscriptions', () => {
  it('stores a browser once however often it subscribes, and forgets it on request', async () => {
    const me = await signUp(t.app, t.db, {});
    const browser = service.browser();
    const body = { endpoint: browser.endpoint, expirationTime: null, keys: browser.keys };
    expect((await subscribe(undefined, body)).statusCode).toBe(401);
    expect((await subscribe(me.cookie, { ...body, keys: { p256dh: 'short', auth: browser.keys.auth } })).statusCode).toBe(400);
    expect((await subscribe(me.cookie, body)).statusCode).toBe(204);
    expect((await subscribe(me.cookie, body)).statusCode).toBe(204);
    expect(await subscriptionsOf(me.user.id)).toHaveLength(1);

    expect((await unsubscribe(me.cookie, browser.endpoint)).statusCode).toBe(204);
    expect((await unsubscribe(me.cookie, browser.endpoint)).statusCode).toBe(404);
    expect(await subscriptionsOf(me.user.id)).toEqual([]);
  });

  it('moves a browser to whoever subscribed on it last', async () => {
    const [first, second] = await Promise.all([signUp(t.app, t.db, {}), signUp(t.app, t.db, {})]);
    const browser = service.browser();
    expect((await subscribe(first.cookie, { endpoint: browser.endpoint, keys: browser.keys })).statusCode).toBe(204);
    expect((await subscribe(second.cookie, { endpoint: browser.endpoint, keys: browser.keys })).statusCode).toBe(204);
    expect(await subscriptionsOf(first.user.id)).toEqual([]);
    expect(await subscriptionsOf(second.user.id)).toHaveLength(1);
  });

  it('takes only https push services on public names in production (the server will POST there)', () => {
    expect(isAcceptablePushEndpoint('https://fcm.googleapis.com/fcm/send/abc', true)).toBe(true);
    expect(isAcceptablePushEndpoint('https://updates.push.services.mozilla.com/wpush/v2/x', true)).toBe(true);
    for (const bad of [
      'http://fcm.googleapis.com/x',
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://localhost/x',
      'https://db.internal/x',
      'https://push.example.tj:8443/x',
      'https://intranet/x',
    ])
      expect(isAcceptablePushEndpoint(bad, true), bad).toBe(false);
    expect(isAcceptablePushEndpoint('http://127.0.0.1:4000/push/x', false)).toBe(true);
  });
});

describe('POST /push/subscriptions in production (strict endpoints)', () => {
  // Names and what they resolve to: no network is asked.
  const dns: Record<string, string[]> = {
    'fcm.example.com': ['142.250.74.10', '2a00:1450:4001::200e'],
    'loopback.example.com': ['127.0.0.1'],
    'private.example.com': ['10.20.30.40'],
    'metadata.example.com': ['169.254.169.254'],
    'loopback6.example.com': ['::1'],
    'linklocal6.example.com': ['fe80::1'],
    'mapped.example.com': ['::ffff:127.0.0.1'],
    'half.example.com': ['142.250.74.10', '192.168.0.10'],
  };
  const resolveHost: ResolveHost = async (host) => {
    const addresses = dns[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address }));
  };
  let strict: TestApp;
  beforeAll(async () => {
    strict = await buildTestApp(
      t.database,
      {},
      (app) => {
        void app.register(pushRoutes, {
          prefix: '/strict',
          deps: { db: t.db, clock: clock.now, push: t.platform.push, strictEndpoints: true, resolveHost },
        });
      },
      clock.now,
    );
  });
  afterAll(async () => {
    await strict.app.close();
  });
  const subscribeStrict = (cookie: string, endpoint: string) =>
    strict.app.inject({
      method: 'POST',
      url: '/strict/api/v1/push/subscriptions',
      headers: { cookie },
      payload: { endpoint, keys: service.browser().keys },
    });

  it('refuses a name that resolves to a private, loopback or link-local address, with a field error', async () => {
    const me = await signUp(strict.app, t.db, {});
    for (const host of [
      'loopback.example.com',
      'private.example.com',
      'metadata.example.com',
      'loopback6.example.com',
      'linklocal6.example.com',
      'mapped.example.com',
      'half.example.com',
      'unknown.example.com',
    ]) {
      const res = await subscribeStrict(me.cookie, `https://${host}/push/abc`);
      expect(res.statusCode, host).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors, host).toEqual([expect.objectContaining({ path: 'body.endpoint', code: 'push_endpoint' })]);
    }
    expect(await subscriptionsOf(me.user.id)).toEqual([]);
  });

  it('takes a name whose every address is public', async () => {
    const me = await signUp(strict.app, t.db, {});
    expect((await subscribeStrict(me.cookie, 'https://fcm.example.com/fcm/send/abc')).statusCode).toBe(204);
    expect(await subscriptionsOf(me.user.id)).toEqual([expect.objectContaining({ endpoint: 'https://fcm.example.com/fcm/send/abc' })]);
  });
});

describe('push delivery', () => {
  beforeAll(async () => {
    await registerDeliveryJobs(t.platform.jobs, delivery);
  });

  it('sends an encrypted, VAPID-signed push in the recipient language and forgets a browser its service calls gone (410)', async () => {
    const me = await signUp(t.app, t.db, { role: 'provider' });
    await t.db.update(users).set({ locale: 'tg' }).where(eq(users.id, me.user.id));
    const phone = service.browser();
    const stale = service.browser(410);
    for (const b of [phone, stale]) expect((await subscribe(me.cookie, { endpoint: b.endpoint, keys: b.keys })).statusCode).toBe(204);

    await fire([{ userId: me.user.id, type: 'review.new', link: `/providers/${me.user.id}/reviews`, params: { rating: 5 } }]);
    const got = await eventually(() => service.received.find((r) => phone.endpoint.endsWith(r.path)), 'the push');
    expect(got.payload).toEqual({
      title: 'Тақризи нав',
      body: 'Тақризи нав: 5 ситора',
      url: `/tg/providers/${me.user.id}/reviews`,
      tag: `review.new:/providers/${me.user.id}/reviews`,
    });
    expect(got.headers).toMatchObject({ ttl: '86400', 'content-encoding': 'aes128gcm', urgency: 'normal' });
    const { publicKey } = (await t.app.inject({ method: 'GET', url: '/api/v1/push/public-key' })).json();
    const claims = verifyVapid(got.headers.authorization, publicKey);
    expect(claims).toMatchObject({ aud: service.origin, sub: 'mailto:support@dastiyor.tj' });
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());

    const left = await eventually(async () => {
      const rows = await subscriptionsOf(me.user.id);
      return rows.length === 1 && rows[0]!.lastSuccessAt ? rows : undefined;
    }, 'the stale browser to be forgotten');
    expect(left[0]).toMatchObject({ endpoint: phone.endpoint, lastSuccessAt: clock.now() });
  });

  it('throws for a push service error so the job retries, keeping the browser', async () => {
    const me = await signUp(t.app, t.db, {});
    // A push service of its own: the 500 makes the sender back off from that host for a while.
    const failing = await startPushService();
    onTestFinished(() => failing.close());
    const flaky = failing.browser(500);
    expect((await subscribe(me.cookie, { endpoint: flaky.endpoint, keys: flaky.keys })).statusCode).toBe(204);
    // Queued without a worker run: call the delivery the job would make.
    const [row] = await notify(
      t.db,
      { clock: clock.now },
      {
        eventKey: `test:${randomUUID()}`,
        recipients: [{ userId: me.user.id, type: 'task.completed', link: '/tasks/t1', params: { taskTitle: 'Полка' } }],
      },
    );
    await expect(deliverPush(delivery, row!.id)).rejects.toThrow(/push failed for 1 of 1/);
    expect(await subscriptionsOf(me.user.id)).toHaveLength(1);
  });

  for (const status of [301, 302]) {
    it(`does not follow a ${status} from the push service, and counts the delivery as failed`, async () => {
      const me = await signUp(t.app, t.db, {});
      const elsewhere = service.browser();
      const redirecting = service.browser(status, elsewhere.endpoint);
      expect((await subscribe(me.cookie, { endpoint: redirecting.endpoint, keys: redirecting.keys })).statusCode).toBe(204);
      const [row] = await notify(
        t.db,
        { clock: clock.now },
        {
          eventKey: `test:${randomUUID()}`,
          recipients: [{ userId: me.user.id, type: 'task.completed', link: '/tasks/t1', params: { taskTitle: 'Полка' } }],
        },
      );
      await expect(deliverPush(delivery, row!.id)).rejects.toThrow(/push failed for 1 of 1/);
      expect(service.received.filter((r) => redirecting.endpoint.endsWith(r.path))).toHaveLength(1);
      expect(service.received.filter((r) => elsewhere.endpoint.endsWith(r.path))).toEqual([]);
      const [kept] = await subscriptionsOf(me.user.id);
      expect(kept?.lastSuccessAt).toBeNull();
    });
  }

  it('holds a push for the end of quiet hours, and queues none for someone without a browser', async () => {
    clock.set('2026-12-01T18:30:00Z'); // 23:30 Dushanbe
    const [withBrowser, without] = await Promise.all([signUp(t.app, t.db, {}), signUp(t.app, t.db, {})]);
    const browser = service.browser();
    expect((await subscribe(withBrowser.cookie, { endpoint: browser.endpoint, keys: browser.keys })).statusCode).toBe(204);
    const rows = await fire(
      [withBrowser, without].map((p) => ({
        userId: p.user.id,
        type: 'task.completed' as const,
        link: '/tasks/t2',
        params: { taskTitle: 'Полка' },
      })),
    );
    const { rows: jobs } = await t.database.executeSql(
      `select data->>'notificationId' as id, start_after from pgboss.job where name = $1 and data->>'notificationId' = any($2::text[])`,
      [pushDeliveryQueue, rows.map((r) => r.id)],
    );
    expect(jobs).toEqual([
      { id: rows.find((r) => r.recipientId === withBrowser.user.id)!.id, start_after: new Date('2026-12-02T03:00:00Z') },
    ]);
  });
});
