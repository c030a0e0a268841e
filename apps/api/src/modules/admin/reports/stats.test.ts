import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { payments } from '../../payments/payments.table.js';
import { plans } from '../../subscriptions/plans.table.js';
import { responses } from '../../responses/responses.table.js';
import { subscriptionPeriods } from '../../subscriptions/subscriptions.table.js';

let admin: { id: string; cookie: string };
// 15:00 on 10 March 2030 in Dushanbe.
const clock = createFakeClock('2030-03-10T10:00:00Z');
const at = (iso: string) => new Date(iso);

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
  await seed();
});

const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

/**
 * Dushanbe is UTC+5: 19:00 UTC is already the next day there. Comments give the Dushanbe day each row
 * counts on; the range asked for is 5–10 March 2030.
 */
async function seed() {
  const db = t.db;
  const customer = (createdAt: string) => createUser(db, { role: 'customer', createdAt: at(createdAt) });
  const provider = (createdAt: string) => createUser(db, { role: 'provider', createdAt: at(createdAt) });
  await customer('2030-03-04T18:59:59Z'); // 4 March: before the range
  const c1 = await customer('2030-03-04T19:00:00Z'); // 5 March 00:00
  await customer('2030-03-08T03:00:00Z'); // 8 March
  await customer('2030-03-08T20:30:00Z'); // 9 March 01:30 — the timezone edge
  await customer('2030-03-10T19:00:00Z'); // 11 March: after the range
  const p1 = await provider('2030-03-07T10:00:00Z'); // 7 March
  const p2 = await provider('2030-03-09T19:00:00Z'); // 10 March 00:00
  const p3 = await provider('2030-02-01T10:00:00Z');
  const p4 = await provider('2030-02-01T10:00:00Z');
  const p5 = await provider('2030-02-01T10:00:00Z');
  const p6 = await provider('2030-02-01T10:00:00Z');

  const task = (overrides: Parameters<typeof createTask>[2]) =>
    createTask(db, c1.id, { createdAt: at('2030-03-01T00:00:00Z'), ...overrides });
  // Published 8 March, selected, completed 10 March 00:30.
  await task({
    publishedAt: at('2030-03-08T10:00:00Z'),
    status: 'completed',
    selectedProviderId: p1.id,
    closedAt: at('2030-03-09T19:30:00Z'),
  });
  // Published 9 March 00:10, selected, in progress.
  await task({ publishedAt: at('2030-03-08T19:10:00Z'), status: 'in_progress', selectedProviderId: p1.id });
  // Published and cancelled 9 March, nobody selected.
  const cancelled = await task({ publishedAt: at('2030-03-09T04:00:00Z'), status: 'cancelled', closedAt: at('2030-03-09T06:00:00Z') });
  // Published 10 March, open.
  const open = await task({ publishedAt: at('2030-03-10T05:00:00Z'), status: 'new' });
  // A draft is never published.
  await task({ publishedAt: null, status: 'draft' });
  // Published before the range, completed inside it: counts as completed on 9 March, not in the funnel.
  await task({
    publishedAt: at('2030-03-01T10:00:00Z'),
    status: 'completed',
    selectedProviderId: p2.id,
    closedAt: at('2030-03-09T06:00:00Z'),
  });

  const response = (taskId: string, providerId: string, createdAt: string) => ({
    taskId,
    providerId,
    comment: 'Сделаю сегодня',
    price: 10_000,
    etaMinutes: 60,
    createdAt: at(createdAt),
    updatedAt: at(createdAt),
  });
  await db.insert(responses).values([
    response(open.id, p1.id, '2030-03-10T04:00:00Z'), // 10 March
    response(open.id, p2.id, '2030-03-09T19:00:00Z'), // 10 March 00:00
    response(cancelled.id, p1.id, '2030-03-09T18:59:59.999Z'), // 9 March 23:59:59.999
  ]);

  const planIds = Object.fromEntries((await db.select().from(plans)).map((p) => [p.code, p.id])) as Record<string, string>;
  const payment = (
    userId: string,
    values: { amount: number; status: 'pending' | 'succeeded' | 'failed' | 'refunded'; paidAt?: string; updatedAt?: string },
    extra: { provider?: string; purpose?: 'plan' | 'top_up' } = {},
  ) => ({
    userId,
    purpose: extra.purpose ?? ('plan' as const),
    planId: extra.purpose === 'top_up' ? null : planIds.basic!,
    amount: values.amount,
    provider: extra.provider ?? 'sandbox',
    method: extra.provider === 'balance' ? 'balance' : 'card',
    status: values.status,
    createdAt: at('2030-03-08T00:00:00Z'),
    updatedAt: at(values.updatedAt ?? values.paidAt ?? '2030-03-08T00:00:00Z'),
    paidAt: values.paidAt ? at(values.paidAt) : null,
  });
  await db.insert(payments).values([
    payment(p1.id, { amount: 2_900, status: 'succeeded', paidAt: '2030-03-08T12:00:00Z' }), // 8 March
    payment(p2.id, { amount: 5_900, status: 'refunded', paidAt: '2030-03-09T12:00:00Z', updatedAt: '2030-03-10T05:00:00Z' }), // paid 9, refunded 10
    payment(p1.id, { amount: 2_900, status: 'succeeded', paidAt: '2030-03-09T12:00:00Z' }, { provider: 'balance' }), // not new money
    payment(p1.id, { amount: 10_000, status: 'succeeded', paidAt: '2030-03-09T20:00:00Z' }, { purpose: 'top_up' }), // 10 March 01:00
    payment(p1.id, { amount: 7_000, status: 'failed', updatedAt: '2030-03-09T12:00:00Z' }),
    payment(p1.id, { amount: 7_000, status: 'pending' }),
  ]);

  const period = (providerId: string, code: string, values: Partial<typeof subscriptionPeriods.$inferInsert>) => ({
    providerId,
    planId: planIds[code]!,
    source: 'payment' as const,
    startsAt: at('2030-03-08T00:00:00Z'),
    endsAt: at('2030-04-07T00:00:00Z'),
    createdAt: at('2030-03-08T00:00:00Z'),
    ...values,
  });
  await db.insert(subscriptionPeriods).values([
    period(p1.id, 'basic', {}), // active
    period(p2.id, 'standard', { source: 'trial', startsAt: at('2030-03-09T00:00:00Z'), endsAt: at('2030-03-16T00:00:00Z') }), // active trial
    period(p3.id, 'premium', { revokedAt: at('2030-03-09T00:00:00Z') }), // revoked
    period(p4.id, 'premium', { startsAt: at('2030-01-30T00:00:00Z'), endsAt: at('2030-03-01T00:00:00Z') }), // expired
    period(p5.id, 'standard', { cancelledAt: at('2030-03-09T00:00:00Z'), endsAt: at('2030-03-20T00:00:00Z') }), // cancelled, runs to its end
    period(p6.id, 'basic', { startsAt: at('2030-03-12T00:00:00Z') }), // upcoming
  ]);
}

const zero = {
  newCustomers: 0,
  newProviders: 0,
  tasksPublished: 0,
  tasksCompleted: 0,
  tasksCancelled: 0,
  responses: 0,
  revenueGross: 0,
  refunds: 0,
  revenue: 0,
};

describe('GET /admin/stats', () => {
  it('answers 401 to a guest and 403 to a customer or a provider', async () => {
    expect((await get('/api/v1/admin/stats')).statusCode).toBe(401);
    // Signed up long before the range, so that these accounts stay out of the figures below.
    clock.set('2029-01-01T10:00:00Z');
    try {
      for (const role of ['customer', 'provider'] as const) {
        const who = await signUp(t.app, t.db, { role });
        expect((await get('/api/v1/admin/stats', who.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
      }
    } finally {
      clock.set('2030-03-10T10:00:00Z');
    }
  });

  it('counts every figure on its Dushanbe calendar day, empty days as zeros, with totals', async () => {
    const res = await get('/api/v1/admin/stats?from=2030-03-05&to=2030-03-10', admin.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2030-03-05', to: '2030-03-10', timeZone: 'Asia/Dushanbe' });
    expect(body.days).toEqual([
      { ...zero, day: '2030-03-05', newCustomers: 1 },
      { ...zero, day: '2030-03-06' },
      { ...zero, day: '2030-03-07', newProviders: 1 },
      { ...zero, day: '2030-03-08', newCustomers: 1, tasksPublished: 1, revenueGross: 2_900, revenue: 2_900 },
      {
        ...zero,
        day: '2030-03-09',
        newCustomers: 1,
        tasksPublished: 2,
        tasksCompleted: 1,
        tasksCancelled: 1,
        responses: 1,
        revenueGross: 5_900,
        revenue: 5_900,
      },
      {
        ...zero,
        day: '2030-03-10',
        newProviders: 1,
        tasksPublished: 1,
        tasksCompleted: 1,
        responses: 2,
        revenueGross: 10_000,
        refunds: 5_900,
        revenue: 4_100,
      },
    ]);
    expect(body.totals).toEqual({
      newCustomers: 3,
      newProviders: 2,
      tasksPublished: 4,
      tasksCompleted: 2,
      tasksCancelled: 1,
      responses: 3,
      revenueGross: 18_800,
      refunds: 5_900,
      revenue: 12_900,
    });
  });

  it('gives the funnel of tasks published in the range: selected, then completed', async () => {
    const body = (await get('/api/v1/admin/stats?from=2030-03-05&to=2030-03-10', admin.cookie)).json();
    expect(body.conversion).toEqual({ published: 4, selected: 2, completed: 1 });
  });

  it('counts providers subscribed right now by plan: a cancelled period until its end, trials apart; not revoked, expired or upcoming', async () => {
    const body = (await get('/api/v1/admin/stats', admin.cookie)).json();
    const byCode = Object.fromEntries(body.activeSubscriptions.map((p: { code: string }) => [p.code, p]));
    expect(byCode.basic).toMatchObject({ active: 1, trial: 0, name: { ru: expect.any(String), tg: expect.any(String) } });
    expect(byCode.standard).toMatchObject({ active: 2, trial: 1 });
    expect(byCode.premium).toMatchObject({ active: 0, trial: 0 });
  });

  it('defaults to the 30 days ending today in Dushanbe, and today turns at 19:00 UTC', async () => {
    const body = (await get('/api/v1/admin/stats', admin.cookie)).json();
    expect([body.from, body.to, body.days.length]).toEqual(['2030-02-09', '2030-03-10', 30]);
    // The four customers of 4 to 9 March; the one of 11 March is not yet.
    expect(body.totals.newCustomers).toBe(4);

    clock.set('2030-03-10T19:00:00Z');
    try {
      const late = (await get('/api/v1/admin/stats', admin.cookie)).json();
      expect([late.from, late.to]).toEqual(['2030-02-10', '2030-03-11']);
      expect(late.totals.newCustomers).toBe(5);
    } finally {
      clock.set('2030-03-10T10:00:00Z');
    }
  });

  it('takes up to 366 days; refuses from after to, a longer range and a day that does not exist (400)', async () => {
    expect((await get('/api/v1/admin/stats?from=2029-03-10&to=2030-03-10', admin.cookie)).json().days).toHaveLength(366);
    const longer = await get('/api/v1/admin/stats?from=2029-03-09&to=2030-03-10', admin.cookie);
    expect(longer.json()).toMatchObject({ status: 400, code: 'validation.failed', errors: [{ path: 'query.to' }] });
    const backwards = await get('/api/v1/admin/stats?from=2030-03-10&to=2030-03-09', admin.cookie);
    expect(backwards.json()).toMatchObject({ status: 400, errors: [{ path: 'query.from' }] });
    const noSuchDay = await get('/api/v1/admin/stats?from=2030-02-30', admin.cookie);
    expect(noSuchDay.json()).toMatchObject({ status: 400, code: 'validation.failed' });
    expect((await get('/api/v1/admin/stats?to=10.03.2030', admin.cookie)).statusCode).toBe(400);
  });
});
