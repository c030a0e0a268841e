import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { auditLog } from '../../audit/audit.table.js';
import { complaints } from '../../complaints/complaints.table.js';
import { notifications } from '../../notifications/notifications.table.js';
import { providerProfiles } from '../../profiles/profiles.table.js';
import { users } from '../../users/users.table.js';
import { emailDeliveryQueue } from '../../notifications/delivery.js';
import { defaultNotificationSettings } from '../../notifications/notification-settings-defaults.js';

let admin: { id: string; cookie: string };
let customer: Awaited<ReturnType<typeof signUp>>;
let provider: Awaited<ReturnType<typeof signUp>>;
const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  await t.platform.jobs.start();
  admin = await signInAdmin(t.app, t.db, clock.now());
  customer = await signUp(t.app, t.db, { name: 'Нигора Саидова' });
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Фаррух Одинаев' });
});
afterAll(async () => {
  await t.platform.jobs.stop();
});

const db = () => t.db;
const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const auditsOf = (action: string, targetId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

/** A completed task of `customer` done by `provider`, reviewed through the API (so the rating is computed as in life). */
async function reviewed(rating: number, text: string) {
  const task = await createTask(db(), customer.user.id, {
    status: 'completed',
    selectedProviderId: provider.user.id,
    closedAt: clock.now(),
  });
  const res = await inject('POST', `/api/v1/tasks/${task.id}/review`, customer.cookie, { rating, text });
  expect(res.statusCode).toBe(201);
  clock.advance(1000);
  return res.json().id as string;
}
const standing = async () => (await db().select().from(providerProfiles).where(eq(providerProfiles.userId, provider.user.id)))[0]!;

describe('GET /admin/complaints', () => {
  it('filters by status, source and target type, pages newest first by cursor; 400 for an unknown status', async () => {
    const author = await createUser(db(), { name: 'Автор Флагов' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const task = await createTask(db(), author.id);
      const [row] = await db()
        .insert(complaints)
        .values({
          source: 'stop_word',
          targetType: 'task',
          targetId: task.id,
          targetUserId: author.id,
          reason: 'stop_word',
          matchedWords: ['спам'],
          createdAt: clock.now(),
        })
        .returning();
      ids.push(row!.id);
      clock.advance(1000);
    }
    const first = await inject('GET', '/api/v1/admin/complaints?source=stop_word&targetType=task&limit=2', admin.cookie);
    expect(first.statusCode).toBe(200);
    expect(first.json().items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.json().items[0]).toMatchObject({ reporter: null, matchedWords: ['спам'], author: { id: author.id, status: 'active' } });
    const second = await inject(
      'GET',
      `/api/v1/admin/complaints?source=stop_word&targetType=task&limit=2&cursor=${first.json().nextCursor}`,
      admin.cookie,
    );
    expect(second.json()).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });

    const users = await inject('GET', '/api/v1/admin/complaints?source=user', admin.cookie);
    expect(users.json().items.map((c: { id: string }) => c.id)).not.toContain(ids[0]);
    expect((await inject('GET', '/api/v1/admin/complaints?status=closed', admin.cookie)).statusCode).toBe(400);
    expect((await inject('GET', '/api/v1/admin/complaints?cursor=garbage', admin.cookie)).statusCode).toBe(400);
  });

  it('GET /admin/complaints/:id answers the entry with context (200) or 404', async () => {
    const reporter = await signUp(t.app, db(), {});
    const target = await createUser(db(), { role: 'provider', name: 'Грубиян' });
    const made = await inject('POST', '/api/v1/complaints', reporter.cookie, {
      targetType: 'user',
      targetId: target.id,
      reason: 'offensive',
    });
    const res = await inject('GET', `/api/v1/admin/complaints/${made.json().id}`, admin.cookie);
    expect(res.json()).toMatchObject({
      id: made.json().id,
      context: { title: 'Грубиян', excerpt: null, adminPath: `/admin/users/${target.id}` },
      author: { id: target.id },
    });
    expect((await inject('GET', `/api/v1/admin/complaints/${crypto.randomUUID()}`, admin.cookie)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/admin/complaints/${made.json().id}`, customer.cookie)).statusCode).toBe(403);
  });
});

describe('POST /admin/complaints/:id/resolve and /reject', () => {
  it('rejects an open complaint with a note (200, audited); a closed one is 409; 400 without a note; 404 unknown; 401/403', async () => {
    const reporter = await signUp(t.app, db(), {});
    const target = await createUser(db(), { role: 'provider' });
    const { id } = (
      await inject('POST', '/api/v1/complaints', reporter.cookie, { targetType: 'user', targetId: target.id, reason: 'spam' })
    ).json();

    expect((await inject('POST', `/api/v1/admin/complaints/${id}/reject`)).statusCode).toBe(401);
    expect((await inject('POST', `/api/v1/admin/complaints/${id}/reject`, provider.cookie, { note: 'Нет' })).statusCode).toBe(403);
    expect((await inject('POST', `/api/v1/admin/complaints/${id}/reject`, admin.cookie, { note: '' })).statusCode).toBe(400);
    expect(
      (await inject('POST', `/api/v1/admin/complaints/${crypto.randomUUID()}/reject`, admin.cookie, { note: 'Нет оснований' })).statusCode,
    ).toBe(404);

    const rejected = await inject('POST', `/api/v1/admin/complaints/${id}/reject`, admin.cookie, { note: 'Нет оснований' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', resolutionNote: 'Нет оснований' });
    expect((await inject('POST', `/api/v1/admin/complaints/${id}/resolve`, admin.cookie, { note: 'Передумал' })).json()).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    expect(await auditsOf('complaint.reject', id)).toEqual([
      expect.objectContaining({ actorId: admin.id, before: { status: 'open' }, after: { status: 'rejected', note: 'Нет оснований' } }),
    ]);
    expect(await auditsOf('complaint.resolve', id)).toEqual([]);
  });
});

describe('admin reviews', () => {
  it('hiding a review recomputes the rating without it, unhiding counts it again; both audited; 409 twice; 404; 400', async () => {
    await reviewed(5, 'Всё сделал отлично, быстро и аккуратно');
    const bad = await reviewed(1, 'Опоздал на два часа и нагрубил');
    expect(await standing()).toMatchObject({ ratingAverage: 3, reviewsCount: 2 });

    expect((await inject('POST', `/api/v1/admin/reviews/${bad}/hide`, admin.cookie, { reason: '' })).statusCode).toBe(400);
    expect(
      (await inject('POST', `/api/v1/admin/reviews/${crypto.randomUUID()}/hide`, admin.cookie, { reason: 'Оскорбления' })).statusCode,
    ).toBe(404);
    const hidden = await inject('POST', `/api/v1/admin/reviews/${bad}/hide`, admin.cookie, { reason: 'Оскорбления' });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toMatchObject({
      id: bad,
      hiddenReason: 'Оскорбления',
      hiddenAt: expect.any(String),
      provider: { id: provider.user.id },
    });
    expect(await standing()).toMatchObject({ ratingAverage: 5, reviewsCount: 1 });
    const publicList = await inject('GET', `/api/v1/providers/${provider.user.id}/reviews`);
    expect(publicList.json().items.map((r: { id: string }) => r.id)).not.toContain(bad);
    expect((await inject('POST', `/api/v1/admin/reviews/${bad}/hide`, admin.cookie, { reason: 'Ещё раз' })).json()).toMatchObject({
      status: 409,
    });

    const listed = await inject('GET', `/api/v1/admin/reviews?hidden=true&providerId=${provider.user.id}`, admin.cookie);
    expect(listed.json().items.map((r: { id: string }) => r.id)).toEqual([bad]);

    const shown = await inject('POST', `/api/v1/admin/reviews/${bad}/unhide`, admin.cookie);
    expect(shown.json()).toMatchObject({ hiddenAt: null, hiddenReason: null });
    expect(await standing()).toMatchObject({ ratingAverage: 3, reviewsCount: 2 });
    expect((await inject('POST', `/api/v1/admin/reviews/${bad}/unhide`, admin.cookie)).json()).toMatchObject({ status: 409 });

    expect(await auditsOf('review.hide', bad)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        before: expect.objectContaining({ hiddenAt: null }),
        after: expect.objectContaining({ hiddenReason: 'Оскорбления' }),
      }),
    ]);
    expect(await auditsOf('review.unhide', bad)).toEqual([
      expect.objectContaining({ actorId: admin.id, after: { hiddenAt: null, hiddenReason: null } }),
    ]);
  });

  it('lists reviews newest first by cursor, visible ones by hidden=false; 401 guest, 403 customer', async () => {
    const a = await reviewed(4, 'Хорошо, но дороговато');
    const b = await reviewed(3, 'Нормально, без восторга');
    const first = await inject('GET', `/api/v1/admin/reviews?hidden=false&providerId=${provider.user.id}&limit=1`, admin.cookie);
    expect(first.json().items.map((r: { id: string }) => r.id)).toEqual([b]);
    const next = await inject(
      'GET',
      `/api/v1/admin/reviews?hidden=false&providerId=${provider.user.id}&limit=1&cursor=${first.json().nextCursor}`,
      admin.cookie,
    );
    expect(next.json().items.map((r: { id: string }) => r.id)).toEqual([a]);
    expect(next.json().items[0]).toMatchObject({
      customer: { id: customer.user.id, name: 'Нигора Саидова' },
      task: { title: expect.any(String) },
    });
    expect((await inject('GET', '/api/v1/admin/reviews')).statusCode).toBe(401);
    expect((await inject('GET', '/api/v1/admin/reviews', customer.cookie)).statusCode).toBe(403);
  });
});

describe('POST /admin/users/:id/warn', () => {
  it('stores an account.warning notification for the user with the text (201), audits user.warn; 404 unknown; 409 an admin; 400 empty', async () => {
    const res = await inject('POST', `/api/v1/admin/users/${provider.user.id}/warn`, admin.cookie, {
      message: 'Не публикуйте контакты в отклике',
    });
    expect(res.statusCode).toBe(201);
    const [row] = await db().select().from(notifications).where(eq(notifications.id, res.json().notificationId));
    expect(row).toMatchObject({
      recipientId: provider.user.id,
      type: 'account.warning',
      params: { message: 'Не публикуйте контакты в отклике' },
    });
    const inbox = await inject('GET', '/api/v1/notifications', provider.cookie);
    expect(inbox.json().items[0]).toMatchObject({ type: 'account.warning', params: { message: 'Не публикуйте контакты в отклике' } });
    expect(await auditsOf('user.warn', provider.user.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        after: { message: 'Не публикуйте контакты в отклике', notificationId: res.json().notificationId },
      }),
    ]);

    expect(
      (await inject('POST', `/api/v1/admin/users/${crypto.randomUUID()}/warn`, admin.cookie, { message: 'Внимание' })).statusCode,
    ).toBe(404);
    expect((await inject('POST', `/api/v1/admin/users/${admin.id}/warn`, admin.cookie, { message: 'Внимание' })).statusCode).toBe(409);
    expect((await inject('POST', `/api/v1/admin/users/${provider.user.id}/warn`, admin.cookie, { message: ' ' })).statusCode).toBe(400);
    expect(
      (await inject('POST', `/api/v1/admin/users/${provider.user.id}/warn`, customer.cookie, { message: 'Внимание' })).statusCode,
    ).toBe(403);
  });
});

describe('a warning is not the person’s to switch off', () => {
  it('queues the warning email even when the person switched that email off in their settings', async () => {
    const warned = await signUp(t.app, db(), { email: `warned-${crypto.randomUUID().slice(0, 8)}@example.tj` });
    const settings = defaultNotificationSettings();
    settings.channels['account.warning'] = { email: false, sms: false, push: false };
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-settings',
      headers: { cookie: warned.cookie },
      payload: settings,
    });
    expect(saved.statusCode).toBe(200);
    const [user] = await db().select().from(users).where(eq(users.id, warned.user.id));
    expect(user!.email).not.toBeNull();

    const res = await inject('POST', `/api/v1/admin/users/${warned.user.id}/warn`, admin.cookie, { message: 'Последнее предупреждение' });
    expect(res.statusCode).toBe(201);
    const { rows } = await t.database.executeSql(`select name from pgboss.job where data->>'notificationId' = $1`, [
      res.json().notificationId,
    ]);
    expect(rows).toEqual([{ name: emailDeliveryQueue }]);
  });
});
