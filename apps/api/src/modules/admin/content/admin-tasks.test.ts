import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { grantPlan } from '../../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { auditLog } from '../../audit/audit.table.js';
import { complaints } from '../../complaints/complaints.table.js';
import { tasks } from '../../tasks/tasks.table.js';

let admin: { id: string; cookie: string };
let customer: Awaited<ReturnType<typeof signUp>>;
let provider: Awaited<ReturnType<typeof signUp>>;
const clock = createFakeClock('2026-12-01T10:00:00Z');
const unknownId = '00000000-0000-4000-8000-000000000000';

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
  customer = await signUp(t.app, t.db, { name: 'Зарина Юсупова' });
  provider = await signUp(t.app, t.db, { role: 'provider', name: 'Рустам Мастер' });
  await grantPlan(t.db, provider.user.id, 'standard', clock.now());
});

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });

/** A task of the signed-up customer, created `minutesAgo` before the clock. */
async function task(minutesAgo: number, overrides: Partial<typeof tasks.$inferInsert> = {}) {
  const at = new Date(clock.now().getTime() - minutesAgo * 60_000);
  return createTask(t.db, customer.user.id, { createdAt: at, publishedAt: at, ...overrides });
}

const auditsOf = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

describe('GET /admin/tasks', () => {
  it('401 for a guest, 403 for a customer', async () => {
    expect((await inject('GET', '/api/v1/admin/tasks')).json()).toMatchObject({ status: 401, code: 'auth.required' });
    expect((await inject('GET', '/api/v1/admin/tasks', customer.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('lists every task newest first, drafts and hidden ones included, page by page with a cursor', async () => {
    const other = await createUser(t.db, { name: 'Другой Заказчик' });
    const a = await task(30, { title: 'Собрать шкаф-купе' });
    const b = await task(20, { title: 'Черновик про плитку', status: 'draft', publishedAt: null });
    const c = await createTask(t.db, other.id, {
      title: 'Скрытое задание про ковры',
      createdAt: new Date(clock.now().getTime() - 10 * 60_000),
      hiddenAt: clock.now(),
      hiddenCause: 'admin',
      hiddenReason: 'спам',
    });
    const all = await inject('GET', '/api/v1/admin/tasks?limit=50', admin.cookie);
    const ids = all.json().items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(c.id)).toBeLessThan(ids.indexOf(b.id));
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    const item = all.json().items.find((i: { id: string }) => i.id === c.id);
    expect(item).toMatchObject({
      title: 'Скрытое задание про ковры',
      status: 'new',
      hidden: { cause: 'admin', reason: 'спам' },
      customer: { id: other.id, name: 'Другой Заказчик' },
      budgetAmount: 15_000,
      responsesCount: 0,
      category: { name: { ru: expect.any(String), tg: expect.any(String) } },
      city: { name: { ru: expect.any(String) } },
    });

    // Keyset paging over one customer's tasks: no row twice, none skipped.
    const seen: string[] = [];
    let url = `/api/v1/admin/tasks?limit=1&customerId=${customer.user.id}`;
    for (;;) {
      const page = (await inject('GET', url, admin.cookie)).json();
      seen.push(...page.items.map((i: { id: string }) => i.id));
      if (!page.nextCursor) break;
      url = `/api/v1/admin/tasks?limit=1&customerId=${customer.user.id}&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual([b.id, a.id]);

    // created_at set by the database holds microseconds; the cursor keeps them, so no row repeats or drops.
    const x = await createTask(t.db, other.id, {});
    const y = await createTask(t.db, other.id, {});
    const paged: string[] = [];
    let next = `/api/v1/admin/tasks?limit=1&customerId=${other.id}`;
    for (;;) {
      const page = (await inject('GET', next, admin.cookie)).json();
      paged.push(...page.items.map((i: { id: string }) => i.id));
      if (!page.nextCursor) break;
      next = `/api/v1/admin/tasks?limit=1&customerId=${other.id}&cursor=${page.nextCursor}`;
    }
    expect(paged.sort()).toEqual([c.id, x.id, y.id].sort());
  });

  it('filters by status, hidden, category, city and text (words, a part of the title, an id); 400 on a bad cursor or filter', async () => {
    const shelf = await task(5, { title: 'Повесить полку в прихожей' });
    const filter = async (query: string) =>
      (await inject('GET', `/api/v1/admin/tasks?limit=50&${query}`, admin.cookie)).json().items.map((i: { id: string }) => i.id);
    expect(await filter(`q=${encodeURIComponent('полки')}`)).toEqual([shelf.id]);
    expect(await filter(`q=${encodeURIComponent('прихож')}`)).toEqual([shelf.id]);
    expect(await filter(`q=${shelf.id}`)).toEqual([shelf.id]);
    const drafts = await filter('status=draft');
    expect(drafts.length).toBeGreaterThan(0);
    const hidden = await filter('hidden=true');
    const shown = await filter('hidden=false');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.some((id: string) => shown.includes(id))).toBe(false);
    expect(shown).toContain(shelf.id);
    expect(await filter(`categoryId=${shelf.categoryId}`)).toContain(shelf.id);
    expect(await filter(`categoryId=${shelf.subcategoryId}`)).toContain(shelf.id);
    expect(await filter(`cityId=${shelf.cityId}`)).toContain(shelf.id);
    expect(await filter(`cityId=${unknownId}`)).toEqual([]);
    expect((await inject('GET', '/api/v1/admin/tasks?cursor=nonsense', admin.cookie)).json()).toMatchObject({
      status: 400,
      code: 'validation.failed',
    });
    expect((await inject('GET', '/api/v1/admin/tasks?status=lost', admin.cookie)).statusCode).toBe(400);
  });
});

describe('GET /admin/tasks/:id', () => {
  it('shows private fields, every response, complaints and the audit trail; 404 unknown; 400 not a uuid', async () => {
    const row = await task(3, { title: 'Установить кондиционер', address: 'ул. Айни 45, кв. 12' });
    const responded = await inject('POST', `/api/v1/tasks/${row.id}/responses`, provider.cookie, {
      comment: 'Установлю за день, опыт восемь лет.',
      price: 30_000,
      etaMinutes: 300,
    });
    expect(responded.statusCode).toBe(201);
    const reporter = await createUser(t.db, { name: 'Бдительный Житель' });
    await t.db.insert(complaints).values({
      source: 'user',
      reporterId: reporter.id,
      targetType: 'task',
      targetId: row.id,
      targetUserId: customer.user.id,
      reason: 'spam',
      text: 'Похоже на рекламу',
      createdAt: clock.now(),
    });
    const res = await inject('GET', `/api/v1/admin/tasks/${row.id}`, admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: row.id,
      address: 'ул. Айни 45, кв. 12',
      customer: { id: customer.user.id, name: 'Зарина Юсупова', status: 'active' },
      responsesCount: 1,
      responses: [{ provider: { id: provider.user.id, name: 'Рустам Мастер' }, price: 30_000, status: 'pending' }],
      complaints: [{ source: 'user', reporter: { id: reporter.id, name: 'Бдительный Житель' }, reason: 'spam', status: 'open' }],
      hidden: null,
    });
    expect((await inject('GET', `/api/v1/admin/tasks/${unknownId}`, admin.cookie)).json()).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await inject('GET', '/api/v1/admin/tasks/not-a-uuid', admin.cookie)).statusCode).toBe(400);
  });
});

describe('POST /admin/tasks/:id/hide and /unhide', () => {
  it('hides with a reason (200) and audits it; 409 when hidden already; 400 without a reason; 404 unknown; 403 customer', async () => {
    const row = await task(2);
    const path = `/api/v1/admin/tasks/${row.id}/hide`;
    expect((await inject('POST', path, customer.cookie, { reason: 'спам в тексте' })).statusCode).toBe(403);
    expect((await inject('POST', path, admin.cookie, { reason: '' })).json()).toMatchObject({ status: 400, code: 'validation.failed' });
    expect((await inject('POST', path, admin.cookie, {})).statusCode).toBe(400);
    expect((await inject('POST', `/api/v1/admin/tasks/${unknownId}/hide`, admin.cookie, { reason: 'спам в тексте' })).statusCode).toBe(404);

    const res = await inject('POST', path, admin.cookie, { reason: 'спам в тексте' });
    expect(res.statusCode).toBe(200);
    expect(res.json().hidden).toEqual({ at: clock.now().toISOString(), cause: 'admin', reason: 'спам в тексте' });
    expect(res.json().audit[0]).toMatchObject({ action: 'admin.task_hidden', actor: { id: admin.id } });
    const audits = await auditsOf('admin.task_hidden', row.id);
    expect(audits).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        targetType: 'task',
        before: { hiddenAt: null },
        after: expect.objectContaining({ hiddenCause: 'admin', reason: 'спам в тексте' }),
      }),
    ]);
    expect((await inject('POST', path, admin.cookie, { reason: 'ещё раз' })).json()).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('unhides (200, audited); 409 when not hidden; 409 for a task hidden by its owner’s block; 404 unknown', async () => {
    const row = await task(1, { hiddenAt: clock.now(), hiddenCause: 'admin', hiddenReason: 'проверка' });
    const res = await inject('POST', `/api/v1/admin/tasks/${row.id}/unhide`, admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().hidden).toBeNull();
    expect(await auditsOf('admin.task_unhidden', row.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, before: expect.objectContaining({ hiddenCause: 'admin' }), after: { hiddenAt: null } }),
    ]);
    expect((await inject('POST', `/api/v1/admin/tasks/${row.id}/unhide`, admin.cookie)).json()).toMatchObject({ status: 409 });
    expect((await inject('POST', `/api/v1/admin/tasks/${unknownId}/unhide`, admin.cookie)).statusCode).toBe(404);

    const blocked = await createUser(t.db, { status: 'blocked', blockedAt: clock.now() });
    const byBlock = await createTask(t.db, blocked.id, {
      hiddenAt: clock.now(),
      hiddenCause: 'owner_blocked',
      hiddenReason: 'блок',
    });
    expect((await inject('POST', `/api/v1/admin/tasks/${byBlock.id}/unhide`, admin.cookie)).json()).toMatchObject({
      status: 409,
      code: 'tasks.owner_blocked',
    });
    const [still] = await t.db.select().from(tasks).where(eq(tasks.id, byBlock.id));
    expect(still!.hiddenCause).toBe('owner_blocked');
    expect(await auditsOf('admin.task_unhidden', byBlock.id)).toEqual([]);
  });
});

describe('POST /admin/tasks/:id/cancel', () => {
  it('cancels an open task with the reason (200); its responses then read "task cancelled"; audited', async () => {
    const row = await task(4, { title: 'Починить стиральную машину' });
    const responded = await inject('POST', `/api/v1/tasks/${row.id}/responses`, provider.cookie, {
      comment: 'Приеду сегодня, посмотрю машину.',
      price: 10_000,
      etaMinutes: 120,
    });
    expect(responded.statusCode).toBe(201);
    const res = await inject('POST', `/api/v1/admin/tasks/${row.id}/cancel`, admin.cookie, { reason: 'Мошенничество' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Мошенничество', closedAt: clock.now().toISOString() });
    const mine = await inject('GET', '/api/v1/me/responses', provider.cookie);
    const outcome = mine.json().items.find((i: { task: { id: string } }) => i.task.id === row.id);
    expect(outcome).toMatchObject({ outcome: 'task_cancelled' });
    expect(await auditsOf('admin.task_cancelled', row.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, before: { status: 'new' }, after: { status: 'cancelled', reason: 'Мошенничество' } }),
    ]);
  });

  it('cancels a task in progress; 409 from completed, cancelled or draft; 400 without a reason; 404 unknown', async () => {
    const running = await task(6, { status: 'in_progress', selectedProviderId: provider.user.id });
    expect(
      (await inject('POST', `/api/v1/admin/tasks/${running.id}/cancel`, admin.cookie, { reason: 'Жалоба подтверждена' })).statusCode,
    ).toBe(200);
    for (const status of ['completed', 'cancelled', 'draft'] as const) {
      const row = await task(7, { status });
      const res = await inject('POST', `/api/v1/admin/tasks/${row.id}/cancel`, admin.cookie, { reason: 'Жалоба подтверждена' });
      expect([status, res.statusCode]).toEqual([status, 409]);
      expect(await auditsOf('admin.task_cancelled', row.id)).toEqual([]);
    }
    expect((await inject('POST', `/api/v1/admin/tasks/${running.id}/cancel`, admin.cookie, {})).statusCode).toBe(400);
    expect((await inject('POST', `/api/v1/admin/tasks/${unknownId}/cancel`, admin.cookie, { reason: 'Жалоба' })).statusCode).toBe(404);
  });
});
