import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { cameraJpeg, multipartBody } from '../files/test-images.js';
import { tasks } from '../../db/schema/index.js';
import { runTaskMatching } from '../notifications/task-matching.js';
import { findNewMatchingTasks } from './matching-tasks-service.js';

// A task moderation hid is gone from the public side (feed, search, landing list, pinning, matching, digest,
// its page) for everyone but its customer, who sees why, and admins; unhiding brings it back.

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let owner: Account;
let otherCustomer: Account;
let provider: Account;
let admin: { id: string; cookie: string };
let hiddenId: string;
let visibleId: string;

const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const feedIds = async (url: string, cookie?: string): Promise<string[]> => {
  const res = await get(url, cookie);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id);
};
const post = (url: string, cookie: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  const db = t.db;
  admin = await signInAdmin(t.app, db, clock.now());
  owner = await signUp(t.app, db, {});
  otherCustomer = await signUp(t.app, db, {});
  provider = await signUp(t.app, db, { role: 'provider' });
  await grantPlan(db, provider.user.id, 'premium', clock.now());
  const published = new Date(clock.now().getTime() - 60_000);
  const hidden = await createTask(db, owner.user.id, {
    title: 'Покрасить забор у дачи',
    description: 'Забор деревянный, двадцать метров.',
    publishedAt: published,
    createdAt: published,
  });
  const visible = await createTask(db, owner.user.id, {
    title: 'Поклеить обои в спальне',
    description: 'Комната двенадцать метров, обои есть.',
    publishedAt: published,
    createdAt: published,
  });
  hiddenId = hidden.id;
  visibleId = visible.id;
  const res = await post(`/api/v1/admin/tasks/${hiddenId}/hide`, admin.cookie, { reason: 'Объявление о продаже, не задание' });
  expect(res.statusCode).toBe(200);
});

describe('a hidden task', () => {
  it('leaves the feed, the landing list and search, for guests and providers alike', async () => {
    for (const cookie of [undefined, provider.cookie]) {
      const feed = await feedIds('/api/v1/tasks', cookie);
      expect(feed).toContain(visibleId);
      expect(feed).not.toContain(hiddenId);
    }
    expect(await feedIds('/api/v1/tasks?limit=6')).not.toContain(hiddenId);
    expect(await feedIds(`/api/v1/tasks?q=${encodeURIComponent('забор')}`)).toEqual([]);
    // The typo fallback (spelling) path must not find it either.
    expect(await feedIds(`/api/v1/tasks?q=${encodeURIComponent('забopp')}`)).not.toContain(hiddenId);
    expect(await feedIds(`/api/v1/tasks?q=${encodeURIComponent('обои')}`)).toEqual([visibleId]);
  });

  it('answers 404 on its page to guests, other customers and providers; its customer sees it with the reason; admins see it', async () => {
    expect((await get(`/api/v1/tasks/${hiddenId}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/tasks/${hiddenId}`, otherCustomer.cookie)).statusCode).toBe(404);
    expect((await get(`/api/v1/tasks/${hiddenId}`, provider.cookie)).statusCode).toBe(404);
    const mine = await get(`/api/v1/tasks/${hiddenId}`, owner.cookie);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().hidden).toEqual({ at: clock.now().toISOString(), reason: 'Объявление о продаже, не задание' });
    const asAdmin = await get(`/api/v1/tasks/${hiddenId}`, admin.cookie);
    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.json().hidden).not.toBeNull();
    expect((await get(`/api/v1/tasks/${visibleId}`, owner.cookie)).json().hidden).toBeNull();
  });

  it('takes no responses (404, as for a task that does not exist)', async () => {
    const res = await post(`/api/v1/tasks/${hiddenId}/responses`, provider.cookie, {
      comment: 'Сделаю аккуратно и быстро, опыт десять лет.',
      price: 20_000,
      etaMinutes: 240,
    });
    expect(res.statusCode).toBe(404);
  });

  it('is not pinned in a Premium provider’s feed, not fanned out to matching providers, not in the digest', async () => {
    const db = t.db;
    const [task] = await db.select().from(tasks).where(eq(tasks.id, visibleId));
    const profile = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: provider.cookie },
      payload: { categoryIds: [task!.categoryId], serviceCityId: task!.cityId, districtIds: [] },
    });
    expect(profile.statusCode).toBe(200);
    const pinned = (await get('/api/v1/tasks', provider.cookie)).json().items.filter((i: { pinned?: boolean }) => i.pinned);
    expect(pinned.map((i: { id: string }) => i.id)).toEqual([visibleId]);

    const deps = { db, clock: clock.now, bus: t.platform.bus, log: t.app.log };
    expect(await runTaskMatching(deps, hiddenId)).toBe(false);
    expect(await runTaskMatching(deps, visibleId)).toBe(true);

    // The new-task alerts and the digest are computed from open, visible tasks: the hidden one is in neither.
    const alerts = (await get('/api/v1/notifications', provider.cookie)).json();
    expect(alerts.matchingTasks.latest.map((m: { id: string }) => m.id)).toEqual([visibleId]);
    expect(alerts.matchingTasks.count).toBe(1);
    const at = clock.now();
    const digest = await findNewMatchingTasks(
      db,
      provider.user.id,
      { after: new Date(at.getTime() - 86_400_000), until: at },
      { listed: 10, cap: 100 },
    );
    expect(digest.latest.map((r) => r.id)).toEqual([visibleId]);
    expect(digest.count).toBe(1);
  });

  it('shows its photos only to its customer and admins', async () => {
    const { payload, headers } = await multipartBody(await cameraJpeg());
    const photo = await t.app.inject({ method: 'POST', url: '/api/v1/files', payload, headers: { ...headers, cookie: owner.cookie } });
    expect(photo.statusCode).toBe(201);
    const photoId = photo.json().id as string;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: owner.cookie },
      payload: await taskBody(t.db, { title: 'Собрать шкаф-купе', attachmentIds: [photoId] }),
    });
    expect(created.statusCode).toBe(201);
    const url = `/api/v1/files/${photoId}/small`;
    expect((await get(url)).statusCode).toBe(200);
    expect((await post(`/api/v1/admin/tasks/${created.json().id}/hide`, admin.cookie, { reason: 'Проверка' })).statusCode).toBe(200);
    expect((await get(url)).statusCode).toBe(404);
    expect((await get(url, provider.cookie)).statusCode).toBe(404);
    expect((await get(url, owner.cookie)).statusCode).toBe(200);
    expect((await get(url, admin.cookie)).statusCode).toBe(200);
  });

  it('comes back everywhere once unhidden', async () => {
    const res = await post(`/api/v1/admin/tasks/${hiddenId}/unhide`, admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(await feedIds('/api/v1/tasks')).toContain(hiddenId);
    expect(await feedIds(`/api/v1/tasks?q=${encodeURIComponent('забор')}`)).toEqual([hiddenId]);
    expect((await get(`/api/v1/tasks/${hiddenId}`)).statusCode).toBe(200);
    expect((await get(`/api/v1/tasks/${hiddenId}`, owner.cookie)).json().hidden).toBeNull();
  });
});
