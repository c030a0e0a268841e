import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TaskStatus, type TTaskStatus } from '@dastiyor/contracts';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { taskBody } from '../../../test/task-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog, tasks } from '../../db/schema/index.js';
import { cameraJpeg, multipartBody } from '../files/test-images.js';

const clock = createFakeClock('2026-11-20T06:00:00Z');
let owner: Awaited<ReturnType<typeof signUp>>;
let stranger: Awaited<ReturnType<typeof signUp>>;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  owner = await signUp(t.app, t.db, {});
  stranger = await signUp(t.app, t.db, {});
  clock.advance(2 * 86_400_000);
});

let n = 0;
/** A task of `owner` put straight into `status` (selection, which makes in_progress, comes later). */
async function taskIn(status: TTaskStatus): Promise<string> {
  n += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    payload: await taskBody(t.db, { title: `Задача для статуса ${n}`, status: 'draft' }),
    headers: { cookie: owner.cookie },
  });
  const id = res.json().id as string;
  await t.db
    .update(tasks)
    .set({ status, publishedAt: status === 'draft' ? null : clock.now() })
    .where(eq(tasks.id, id));
  return id;
}
const move = (id: string, status: string, cookie = owner.cookie, reason?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/tasks/${id}/status`,
    payload: { status, ...(reason ? { reason } : {}) },
    headers: { cookie },
  });

const allowed = new Set(['draft>new', 'new>cancelled', 'in_progress>completed', 'in_progress>cancelled']);
const pairs = TaskStatus.flatMap((from) => TaskStatus.map((to) => [from, to] as const));

describe('POST /api/v1/tasks/:id/status — every pair of statuses', () => {
  it.each(pairs)('%s → %s', async (from, to) => {
    const id = await taskIn(from);
    const res = await move(id, to, owner.cookie, 'Передумал');
    if (allowed.has(`${from}>${to}`)) {
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe(to);
      const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, id));
      expect(entry).toMatchObject({ action: `task.${to}`, before: { status: from }, after: { status: to } });
    } else {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('conflict');
    }
  });

  it('asks for a reason to cancel an open task', async () => {
    const id = await taskIn('new');
    const res = await move(id, 'cancelled');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body.reason' })]);
    const ok = await move(id, 'cancelled', owner.cookie, 'Нашёл мастера сам');
    expect(ok.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Нашёл мастера сам' });
    const feed = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' })).json();
    expect(feed.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it("answers 404 for someone else's task and 401 without a session", async () => {
    const id = await taskIn('new');
    expect((await move(id, 'cancelled', stranger.cookie, 'чужая')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/tasks/${id}/status`, payload: { status: 'cancelled' } })).statusCode).toBe(
      401,
    );
    expect((await move(crypto.randomUUID(), 'cancelled', owner.cookie, 'нет такой')).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/tasks/:id', () => {
  it('edits an open task and the feed shows the edit', async () => {
    const id = await taskIn('new');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tasks/${id}`,
      payload: { title: 'Исправленный заголовок', budgetType: 'negotiable' },
      headers: { cookie: owner.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Исправленный заголовок', budgetType: 'negotiable', budgetAmount: null });
    const feed = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' })).json();
    expect(feed.items.find((i: { id: string }) => i.id === id)).toMatchObject({ title: 'Исправленный заголовок' });
  });

  it("refuses to edit a closed task (409) or someone else's (404)", async () => {
    const closed = await taskIn('completed');
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/tasks/${closed}`,
          payload: { title: 'Поздно менять' },
          headers: { cookie: owner.cookie },
        })
      ).statusCode,
    ).toBe(409);
    const open = await taskIn('new');
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/tasks/${open}`,
          payload: { title: 'Чужое менять' },
          headers: { cookie: stranger.cookie },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('task photos', () => {
  async function upload(cookie: string) {
    const { payload, headers } = await multipartBody(await cameraJpeg());
    return t.app.inject({ method: 'POST', url: '/api/v1/files', payload, headers: { ...headers, cookie } });
  }

  it('attaches uploaded photos; a draft photo is private, a published one public', async () => {
    clock.advance(86_400_000); // a new day: the status table above used up today's publishing limit
    const photo = await upload(owner.cookie);
    expect(photo.statusCode).toBe(201);
    const photoId = photo.json().id as string;
    // Not attached yet: only its owner can load it.
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${photoId}/small` })).statusCode).toBe(404);
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      payload: await taskBody(t.db, { title: 'Задача с фото', status: 'draft', attachmentIds: [photoId] }),
      headers: { cookie: owner.cookie },
    });
    expect(draft.json().photos).toEqual([expect.objectContaining({ id: photoId, small: `/api/v1/files/${photoId}/small` })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${photoId}/small` })).statusCode).toBe(404);
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/files/${photoId}/small`, headers: { cookie: owner.cookie } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['cache-control']).toMatch(/^private/);

    expect((await move(draft.json().id, 'new')).statusCode).toBe(200);
    // The feed card shows the first photo as its thumbnail.
    const feed = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' })).json();
    expect(feed.items.find((i: { id: string }) => i.id === draft.json().id)).toMatchObject({
      thumbnailUrl: `/api/v1/files/${photoId}/small`,
    });
    const published = await t.app.inject({ method: 'GET', url: `/api/v1/files/${photoId}/medium` });
    expect(published.statusCode).toBe(200);
    expect(published.headers['cache-control']).toMatch(/^private/);

    // The same photo cannot be attached to a second task, and a stranger cannot use it.
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      payload: await taskBody(t.db, { title: 'Вторая задача с тем же фото', attachmentIds: [photoId] }),
      headers: { cookie: owner.cookie },
    });
    expect(second.statusCode).toBe(400);
  });

  it('lets only customers upload task photos', async () => {
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    expect((await upload(provider.cookie)).statusCode).toBe(403);
    const { payload, headers } = await multipartBody(await cameraJpeg());
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/files', payload, headers })).statusCode).toBe(401);
  });
});
