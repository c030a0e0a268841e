import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { conversations } from '../conversations/conversations.table.js';
import { responses } from './responses.table.js';
import { tasks } from '../tasks/tasks.table.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let customer: Account;
let providerA: Account;
let providerB: Account;
let outsider: Account;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  [customer, providerA, providerB, outsider] = await Promise.all([
    signUp(t.app, t.db, {}),
    signUp(t.app, t.db, { role: 'provider', name: 'Бахтиёр Раҳимов' }),
    signUp(t.app, t.db, { role: 'provider', name: 'Фаррух Саидов' }),
    signUp(t.app, t.db, { role: 'provider' }),
  ]);
  await grantPlan(t.db, providerA.user.id, 'standard', clock.now());
  await grantPlan(t.db, providerB.user.id, 'premium', clock.now());
  await grantPlan(t.db, outsider.user.id, 'standard', clock.now());
});

const as = (account: Account | null) => (account ? { cookie: account.cookie } : {});
const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: Account | null, payload?: object) =>
  t.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
const offer = { comment: 'Приеду сегодня, все инструменты с собой.', price: 12_000, etaMinutes: 120 };

async function openTaskWithTwoResponses() {
  const task = await createTask(t.db, customer.user.id, { address: 'ул. Рудаки 15, кв. 7', publishedAt: clock.now() });
  const a = await inject('POST', `/api/v1/tasks/${task.id}/responses`, providerA, offer);
  clock.advance(1000);
  const b = await inject('POST', `/api/v1/tasks/${task.id}/responses`, providerB, { ...offer, price: 15_000 });
  expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
  return { taskId: task.id, a: a.json().id as string, b: b.json().id as string };
}

describe('GET /api/v1/tasks/:id/responses', () => {
  it('shows the customer every response with the provider, Premium first; everyone else gets 401 or 404', async () => {
    const { taskId, a, b } = await openTaskWithTwoResponses();
    const list = await inject('GET', `/api/v1/tasks/${taskId}/responses`, customer);
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    // B answered later but holds Premium.
    expect(items.map((r: { id: string }) => r.id)).toEqual([b, a]);
    expect(items[0].provider).toMatchObject({ name: 'Фаррух Саидов', premium: true, reviewsCount: 0, completedCount: 0 });
    expect(items[1].provider).toMatchObject({ name: 'Бахтиёр Раҳимов', premium: false });

    expect((await inject('GET', `/api/v1/tasks/${taskId}/responses`, null)).statusCode).toBe(401);
    expect((await inject('GET', `/api/v1/tasks/${taskId}/responses`, providerA)).statusCode).toBe(404);
    const stranger = await signUp(t.app, t.db, {});
    expect((await inject('GET', `/api/v1/tasks/${taskId}/responses`, stranger)).statusCode).toBe(404);
  });

  it('tells a provider how many have responded and shows them their own response on the task page', async () => {
    const { taskId, a } = await openTaskWithTwoResponses();
    const asOutsider = (await inject('GET', `/api/v1/tasks/${taskId}`, outsider)).json();
    expect(asOutsider).toMatchObject({ responsesCount: 2, myResponse: null, contacts: null, address: null, conversationId: null });
    const asA = (await inject('GET', `/api/v1/tasks/${taskId}`, providerA)).json();
    expect(asA.myResponse).toMatchObject({ id: a, status: 'pending', price: 12_000 });
  });
});

describe('editing and withdrawing a response', () => {
  it('lets the provider edit and withdraw their pending response; others get 404', async () => {
    const { taskId, a } = await openTaskWithTwoResponses();
    expect((await inject('PATCH', `/api/v1/responses/${a}`, providerB, { price: 9_000 })).statusCode).toBe(404);
    expect((await inject('PATCH', `/api/v1/responses/${a}`, providerA, {})).statusCode).toBe(400);
    const edited = await inject('PATCH', `/api/v1/responses/${a}`, providerA, { price: 9_000 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ price: 9_000, comment: offer.comment });

    expect((await inject('DELETE', `/api/v1/responses/${a}`, customer)).statusCode).toBe(404);
    expect((await inject('DELETE', `/api/v1/responses/${a}`, providerA)).json().status).toBe('withdrawn');
    expect((await inject('DELETE', `/api/v1/responses/${a}`, providerA)).statusCode).toBe(409);
    expect((await inject('GET', `/api/v1/tasks/${taskId}`, null)).json().responsesCount).toBe(1);
    expect((await inject('GET', `/api/v1/tasks/${taskId}/responses`, customer)).json().items).toHaveLength(1);
  });
});

describe('POST /api/v1/responses/:id/select', () => {
  it('moves the task in progress, opens the chat, and shows contacts to the selected provider only', async () => {
    const { taskId, a, b } = await openTaskWithTwoResponses();
    expect((await inject('POST', `/api/v1/responses/${a}/select`, providerA)).statusCode).toBe(404);
    expect((await inject('POST', `/api/v1/responses/${a}/select`, null)).statusCode).toBe(401);

    const selected = await inject('POST', `/api/v1/responses/${a}/select`, customer);
    expect(selected.statusCode).toBe(200);
    const { conversationId } = selected.json();
    expect(selected.json().taskId).toBe(taskId);

    const db = t.db;
    const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId));
    expect(task).toMatchObject({ status: 'in_progress', selectedProviderId: providerA.user.id });
    const [conversation] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(conversation).toMatchObject({ taskId, customerId: customer.user.id, providerId: providerA.user.id });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.targetId, a));
    expect(audit).toMatchObject({ action: 'response.selected', actorId: customer.user.id });

    // Gone from the feed; the others' page says it is taken and still hides everything private.
    const feed = await inject('GET', '/api/v1/tasks?limit=50', null);
    expect(feed.json().items.map((i: { id: string }) => i.id)).not.toContain(taskId);
    const asB = (await inject('GET', `/api/v1/tasks/${taskId}`, providerB)).json();
    expect(asB).toMatchObject({ status: 'in_progress', address: null, contacts: null, selectedProvider: null, conversationId: null });
    expect(JSON.stringify(asB)).not.toContain(customer.login);

    const asA = (await inject('GET', `/api/v1/tasks/${taskId}`, providerA)).json();
    expect(asA).toMatchObject({ address: 'ул. Рудаки 15, кв. 7', contacts: { phone: customer.login }, conversationId });
    expect(asA.selectedProvider).toMatchObject({ id: providerA.user.id });
    const asCustomer = (await inject('GET', `/api/v1/tasks/${taskId}`, customer)).json();
    expect(asCustomer).toMatchObject({ conversationId, selectedProvider: { id: providerA.user.id, name: 'Бахтиёр Раҳимов' } });

    // The other response is now "not chosen"; answering or selecting again is 409.
    expect((await inject('POST', `/api/v1/responses/${b}/select`, customer)).statusCode).toBe(409);
    expect((await inject('POST', `/api/v1/responses/${b}/reject`, customer, {})).statusCode).toBe(409);
    expect((await inject('POST', `/api/v1/tasks/${taskId}/responses`, outsider, offer)).statusCode).toBe(409);
    // The domain code, so the web can say why rather than "something changed".
    for (const late of [
      await inject('POST', `/api/v1/responses/${b}/select`, customer),
      await inject('POST', `/api/v1/tasks/${taskId}/responses`, outsider, offer),
    ]) {
      expect(late.json()).toMatchObject({ status: 409, code: 'tasks.not_open' });
    }
    expect((await inject('PATCH', `/api/v1/responses/${a}`, providerA, { price: 1_000 })).statusCode).toBe(409);
  });

  it('hides the contacts again once the selected provider is no longer subscribed', async () => {
    const lapsing = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, lapsing.user.id, 'basic', clock.now());
    const task = await createTask(t.db, customer.user.id, { address: 'Сино, 12', publishedAt: clock.now() });
    const response = (await inject('POST', `/api/v1/tasks/${task.id}/responses`, lapsing, offer)).json();
    await inject('POST', `/api/v1/responses/${response.id}/select`, customer);
    expect((await inject('GET', `/api/v1/tasks/${task.id}`, lapsing)).json().contacts).not.toBeNull();

    clock.advance(8 * 86_400_000); // Basic lasts 7 days
    const page = (await inject('GET', `/api/v1/tasks/${task.id}`, lapsing)).json();
    expect(page).toMatchObject({ contacts: null, address: null });
    expect(page.conversationId).not.toBeNull();
  });

  it('lets exactly one of two tabs selecting different responses at the same moment win, 200 times over', async () => {
    const db = t.db;
    const owner = await signUp(t.app, db, {});
    const [p1, p2] = await Promise.all([createUser(db, { role: 'provider' }), createUser(db, { role: 'provider' })]);
    for (let round = 0; round < 200; round++) {
      const task = await createTask(db, owner.user.id, { publishedAt: clock.now() });
      const now = clock.now();
      const rows = await db
        .insert(responses)
        .values([p1, p2].map((p) => ({ taskId: task.id, providerId: p.id, ...offer, createdAt: now, updatedAt: now })))
        .returning();
      const results = await Promise.all(rows.map((r) => inject('POST', `/api/v1/responses/${r.id}/select`, owner)));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    }
    const opened = await db.select().from(conversations).where(eq(conversations.customerId, owner.user.id));
    expect(opened).toHaveLength(200);
  });
});

describe('POST /api/v1/responses/:id/reject', () => {
  it('turns a response down with the reason, which its provider reads in My responses', async () => {
    const { taskId, a } = await openTaskWithTwoResponses();
    expect((await inject('POST', `/api/v1/responses/${a}/reject`, providerA, {})).statusCode).toBe(404);
    const rejected = await inject('POST', `/api/v1/responses/${a}/reject`, customer, { reason: 'Слишком дорого' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: 'Слишком дорого' });
    expect((await inject('POST', `/api/v1/responses/${a}/select`, customer)).statusCode).toBe(409);
    const mine = (await inject('GET', '/api/v1/me/responses?outcome=rejected&limit=50', providerA)).json();
    expect(mine.items.find((r: { id: string }) => r.id === a)).toMatchObject({ outcome: 'rejected', task: { id: taskId } });
  });
});

describe('the task page’s `can`', () => {
  it('offers each person exactly the actions the API then accepts, from open to reviewed', async () => {
    const { taskId, a } = await openTaskWithTwoResponses();
    const canOf = async (who: Account | null) => {
      const page = await inject('GET', `/api/v1/tasks/${taskId}`, who);
      expect(page.statusCode).toBe(200);
      const can = page.json().can as Record<string, boolean>;
      return Object.keys(can).filter((action) => can[action]);
    };
    expect(await canOf(customer)).toEqual(['edit', 'cancel', 'decideResponses']);
    expect(await canOf(providerA)).toEqual(['changeResponse', 'report']);
    expect(await canOf(outsider)).toEqual(['respond', 'report']);
    expect(await canOf(null)).toEqual([]);

    expect((await inject('POST', `/api/v1/responses/${a}/select`, customer)).statusCode).toBe(200);
    expect(await canOf(customer)).toEqual(['cancel', 'complete']);
    expect(await canOf(providerA)).toEqual(['requestCompletion', 'report']);
    expect(await canOf(providerB)).toEqual(['report']);
    expect(await canOf(outsider)).toEqual(['report']);

    expect((await inject('POST', `/api/v1/tasks/${taskId}/completion-request`, providerA)).statusCode).toBe(200);
    expect(await canOf(providerA)).toEqual(['report']);
    expect((await inject('POST', `/api/v1/tasks/${taskId}/status`, customer, { status: 'completed' })).statusCode).toBe(200);
    expect(await canOf(customer)).toEqual(['review']);
    const review = { rating: 5, text: 'Всё сделал быстро и аккуратно.' };
    expect((await inject('POST', `/api/v1/tasks/${taskId}/review`, customer, review)).statusCode).toBe(201);
    expect(await canOf(customer)).toEqual([]);
  });
});
