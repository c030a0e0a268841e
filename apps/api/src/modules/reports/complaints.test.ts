import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { openChat } from '../../../test/chat-fixtures.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { complaints } from '../complaints/complaints.table.js';
import { messages } from '../conversations/messages.table.js';
import { reviews } from '../reviews/reviews.table.js';

let admin: { id: string; cookie: string };
const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const report = (cookie: string | undefined, body: object) => inject('POST', '/api/v1/complaints', cookie, body);
const db = () => t.db;

describe('POST /api/v1/complaints', () => {
  it('takes a report of a task (201), storing the owner as the target user; 401 for a guest whatever the body', async () => {
    const owner = await createUser(db(), { name: 'Заказчик Задачи' });
    const task = await createTask(db(), owner.id);
    const reporter = await signUp(t.app, db(), { role: 'provider' });

    expect((await report(undefined, { targetType: 'task', targetId: task.id, reason: 'spam' })).json()).toMatchObject({
      status: 401,
      code: 'auth.required',
    });
    expect((await report(undefined, { nonsense: true })).statusCode).toBe(401);

    const res = await report(reporter.cookie, { targetType: 'task', targetId: task.id, reason: 'fraud', text: 'Просит предоплату' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: expect.any(String), status: 'open' });
    const [row] = await db().select().from(complaints).where(eq(complaints.id, res.json().id));
    expect(row).toMatchObject({
      source: 'user',
      reporterId: reporter.user.id,
      targetType: 'task',
      targetId: task.id,
      targetUserId: owner.id,
      reason: 'fraud',
      text: 'Просит предоплату',
      status: 'open',
    });
  });

  it('refuses a bad body (400) and a second open report of the same target (409 conflict)', async () => {
    const reporter = await signUp(t.app, db(), {});
    const other = await createUser(db(), { role: 'provider' });
    const bad = await report(reporter.cookie, { targetType: 'plan', targetId: 'x', reason: 'boring' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.targetType', 'body.targetId', 'body.reason']),
    );
    const body = { targetType: 'user', targetId: other.id, reason: 'offensive' };
    expect((await report(reporter.cookie, body)).statusCode).toBe(201);
    expect((await report(reporter.cookie, { ...body, reason: 'spam' })).json()).toMatchObject({
      status: 409,
      code: 'complaints.already_reported',
    });
  });

  it('answers 400 to reporting yourself or your own task, review or message', async () => {
    const { customer, provider, conversationId } = await openChat(t.app, db(), clock.now());
    const own = await createTask(db(), customer.user.id);
    const selfReport = await report(customer.cookie, { targetType: 'user', targetId: customer.user.id, reason: 'spam' });
    expect(selfReport.json()).toMatchObject({
      status: 400,
      code: 'validation.failed',
      errors: [{ path: 'body.targetId', code: 'own_content' }],
    });
    expect((await report(customer.cookie, { targetType: 'task', targetId: own.id, reason: 'spam' })).statusCode).toBe(400);

    const sent = await inject('POST', `/api/v1/conversations/${conversationId}/messages`, provider.cookie, { text: 'Здравствуйте!' });
    expect(sent.statusCode).toBe(201);
    expect((await report(provider.cookie, { targetType: 'message', targetId: sent.json().id, reason: 'spam' })).statusCode).toBe(400);
    // The other side may report it.
    expect((await report(customer.cookie, { targetType: 'message', targetId: sent.json().id, reason: 'contacts' })).statusCode).toBe(201);
  });

  it('answers 404 for a target that does not exist or that the reporter may not see', async () => {
    const outsider = await signUp(t.app, db(), { role: 'provider' });
    const { customer, provider, conversationId, task } = await openChat(t.app, db(), clock.now());
    const sent = await inject('POST', `/api/v1/conversations/${conversationId}/messages`, customer.cookie, { text: 'Жду вас в 10' });
    const [message] = await db().select().from(messages).where(eq(messages.id, sent.json().id));
    const draft = await createTask(db(), customer.user.id, { status: 'draft', publishedAt: null });
    const hidden = await createTask(db(), customer.user.id, { hiddenAt: clock.now(), hiddenCause: 'admin', hiddenReason: 'Спам' });
    const [review] = await db()
      .insert(reviews)
      .values({
        taskId: task.id,
        customerId: customer.user.id,
        providerId: provider.user.id,
        rating: 1,
        text: 'Плохо',
        hiddenAt: clock.now(),
        createdAt: clock.now(),
      })
      .returning();

    const cases = [
      { targetType: 'task', targetId: crypto.randomUUID() },
      { targetType: 'task', targetId: draft.id },
      { targetType: 'task', targetId: hidden.id },
      { targetType: 'message', targetId: message!.id },
      { targetType: 'review', targetId: review!.id },
      { targetType: 'user', targetId: admin.id },
      { targetType: 'user', targetId: crypto.randomUUID() },
    ];
    for (const target of cases) {
      const res = await report(outsider.cookie, { ...target, reason: 'other' });
      expect([target, res.statusCode, res.json().code]).toEqual([target, 404, 'not_found']);
    }
    // The provider, a party to the hidden review, may still report it.
    expect((await report(provider.cookie, { targetType: 'review', targetId: review!.id, reason: 'offensive' })).statusCode).toBe(201);
  });

  it('limits reports per account: 10 an hour, 30 a day (429 rate_limited with retryAfter)', async () => {
    const reporter = await signUp(t.app, db(), {});
    const targets = await Promise.all(Array.from({ length: 31 }, () => createUser(db(), { role: 'provider' })));
    const send = (i: number) => report(reporter.cookie, { targetType: 'user', targetId: targets[i]!.id, reason: 'spam' });
    for (let i = 0; i < 10; i++) expect((await send(i)).statusCode).toBe(201);
    const limited = await send(10);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(limited.json().retryAfter).toBeGreaterThan(0);
    expect(limited.json().retryAfter).toBeLessThanOrEqual(3600);

    // Each hour allows 10 more until the day's 30.
    for (let hour = 1; hour <= 2; hour++) {
      clock.advance(3_600_001);
      for (let i = hour * 10; i < hour * 10 + 10; i++) expect((await send(i)).statusCode).toBe(201);
    }
    clock.advance(3_600_001);
    const daily = await send(30);
    expect(daily.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(daily.json().retryAfter).toBeGreaterThan(3600);
    const stored = await db().select().from(complaints).where(eq(complaints.reporterId, reporter.user.id));
    expect(stored).toHaveLength(30);
  });
});

describe('the complaint flow, end to end', () => {
  it('report → admin queue with context → resolve with a note (audited) → gone from the open queue, listed as resolved', async () => {
    const author = await signUp(t.app, db(), { name: 'Мошенник Мошенников' });
    const reporter = await signUp(t.app, db(), { role: 'provider', name: 'Зоркий Исполнитель' });
    const task = await createTask(db(), author.user.id, {
      title: 'Отдам даром телефон',
      description: 'Переведите 100 сомони на карту за доставку, и телефон ваш.',
    });
    const created = await report(reporter.cookie, { targetType: 'task', targetId: task.id, reason: 'fraud', text: 'Просит перевод' });
    const id = created.json().id;

    const queue = await inject('GET', '/api/v1/admin/complaints?status=open&source=user', admin.cookie);
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items.find((c: { id: string }) => c.id === id);
    expect(item).toMatchObject({
      source: 'user',
      status: 'open',
      reason: 'fraud',
      text: 'Просит перевод',
      targetType: 'task',
      reporter: { id: reporter.user.id, name: 'Зоркий Исполнитель' },
      author: { id: author.user.id, name: 'Мошенник Мошенников', status: 'active' },
      context: {
        title: 'Отдам даром телефон',
        excerpt: expect.stringContaining('Переведите 100 сомони'),
        hidden: false,
        adminPath: `/admin/tasks/${task.id}`,
      },
    });

    const resolved = await inject('POST', `/api/v1/admin/complaints/${id}/resolve`, admin.cookie, {
      note: 'Задание скрыто, автор предупреждён',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Задание скрыто, автор предупреждён',
      resolvedBy: { id: admin.id },
    });

    const open = await inject('GET', '/api/v1/admin/complaints?status=open', admin.cookie);
    expect(open.json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    const closed = await inject('GET', '/api/v1/admin/complaints?status=resolved', admin.cookie);
    expect(closed.json().items.map((c: { id: string }) => c.id)).toContain(id);

    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'complaint.resolve'), eq(auditLog.targetId, id)));
    expect(audit).toMatchObject({
      actorId: admin.id,
      targetType: 'complaint',
      before: { status: 'open' },
      after: { status: 'resolved', note: 'Задание скрыто, автор предупреждён' },
    });

    // Once closed, the same person may report the same target again.
    expect((await report(reporter.cookie, { targetType: 'task', targetId: task.id, reason: 'fraud' })).statusCode).toBe(201);
  });
});
