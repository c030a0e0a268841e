import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { balanceEntries, userBalances } from './balance.table.js';
import { plans } from '../subscriptions/plans.table.js';
import { subscriptionPeriods } from '../subscriptions/subscriptions.table.js';
import { signSandboxWebhook } from '../../platform/payments/sandbox-provider.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
const secret = 'sandbox-webhook-secret-for-development-only';
let planIds: Record<string, string>;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  planIds = Object.fromEntries((await t.db.select().from(plans)).map((p) => [p.code, p.id]));
});

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });

function webhook(paymentId: string, id: string, amount: number) {
  const body = JSON.stringify({ id, type: 'payment.succeeded', paymentId, amount, currency: 'TJS', createdAt: clock.now().toISOString() });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/payments/webhooks/sandbox',
    payload: body,
    headers: { 'content-type': 'application/json', 'x-sandbox-signature': signSandboxWebhook(secret, body, clock.now()) },
  });
}

/** Tops a provider up through the sandbox page, exactly as in the browser. */
async function topUp(cookie: string, amount: number) {
  const res = await inject('POST', '/api/v1/me/balance/top-ups', cookie, { amount });
  expect(res.statusCode).toBe(201);
  const { paymentId } = res.json() as { paymentId: string };
  const paid = await inject('POST', `/api/v1/payments/sandbox/${paymentId}/complete`, cookie, { outcome: 'success' });
  expect(paid.json()).toMatchObject({ status: 'succeeded', purpose: 'top_up', plan: null });
  return paymentId;
}

describe('GET /me/balance', () => {
  it('starts at 0 for a provider (200), is 401 for a guest and 403 for a customer', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect((await inject('GET', '/api/v1/me/balance', p.cookie)).json()).toEqual({ balance: 0, items: [], nextCursor: null });
    expect((await inject('GET', '/api/v1/me/balance')).statusCode).toBe(401);
    const customer = await signUp(t.app, t.db, {});
    expect((await inject('GET', '/api/v1/me/balance', customer.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await inject('GET', '/api/v1/me/balance?cursor=zzz', p.cookie)).statusCode).toBe(400);
  });

  it('pages the ledger newest first with a keyset cursor', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    for (const amount of [1_000, 2_000, 3_000]) {
      await topUp(p.cookie, amount);
      clock.advance(1_000);
    }
    const first = (await inject('GET', '/api/v1/me/balance?limit=2', p.cookie)).json();
    expect(first.balance).toBe(6_000);
    expect(first.items.map((e: { amount: number; balanceAfter: number }) => [e.amount, e.balanceAfter])).toEqual([
      [3_000, 6_000],
      [2_000, 3_000],
    ]);
    const second = (await inject('GET', `/api/v1/me/balance?limit=2&cursor=${first.nextCursor}`, p.cookie)).json();
    expect(second.items.map((e: { amount: number }) => e.amount)).toEqual([1_000]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('POST /me/balance/top-ups', () => {
  it('credits once however often the webhook is replayed or re-sent with another event id', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const paymentId = await topUp(p.cookie, 5_000);
    const replays = await Promise.all(Array.from({ length: 5 }, () => webhook(paymentId, `evt_again_${paymentId}`, 5_000)));
    expect(replays.every((r) => r.statusCode === 200 && r.json().outcome !== 'applied')).toBe(true);
    expect((await webhook(paymentId, `evt_again_${paymentId}`, 5_000)).json().outcome).toBe('duplicate');
    const balance = (await inject('GET', '/api/v1/me/balance', p.cookie)).json();
    expect(balance).toMatchObject({ balance: 5_000, items: [expect.objectContaining({ kind: 'top_up', amount: 5_000, paymentId })] });
    const history = (await inject('GET', '/api/v1/me/payments', p.cookie)).json().items;
    expect(history[0]).toMatchObject({ id: paymentId, purpose: 'top_up', plan: null, status: 'succeeded' });
  });

  it('refuses a guest (401), a customer (403) and an amount out of range (400)', async () => {
    expect((await inject('POST', '/api/v1/me/balance/top-ups', undefined, { amount: 1_000 })).statusCode).toBe(401);
    const customer = await signUp(t.app, t.db, {});
    expect((await inject('POST', '/api/v1/me/balance/top-ups', customer.cookie, { amount: 1_000 })).statusCode).toBe(403);
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect((await inject('POST', '/api/v1/me/balance/top-ups', p.cookie, { amount: 50 })).statusCode).toBe(400);
    expect((await inject('POST', '/api/v1/me/balance/top-ups', p.cookie, { amount: 1.5 })).statusCode).toBe(400);
  });
});

describe('paying for a plan from the balance', () => {
  it('charges the ledger and activates at once (201 succeeded); not enough money: 409 balance.insufficient, nothing written', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const poor = await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.basic, method: 'balance' });
    expect(poor.json()).toMatchObject({ status: 409, code: 'balance.insufficient' });
    expect((await inject('GET', '/api/v1/me/payments', p.cookie)).json().items).toEqual([]);

    await topUp(p.cookie, 10_000);
    clock.advance(1_000);
    const res = await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.basic, method: 'balance' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'succeeded', redirectUrl: `${t.config.publicUrl}/subscription?payment=succeeded` });
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json()).toMatchObject({ status: 'active', planCode: 'basic' });
    const balance = (await inject('GET', '/api/v1/me/balance', p.cookie)).json();
    expect(balance.balance).toBe(10_000 - 2_900);
    expect(balance.items[0]).toMatchObject({ kind: 'charge', amount: -2_900, balanceAfter: 7_100, paymentId: res.json().paymentId });
    expect((await inject('GET', '/api/v1/me/payments', p.cookie)).json().items[0]).toMatchObject({
      id: res.json().paymentId,
      method: 'balance',
      status: 'succeeded',
      purpose: 'plan',
    });
  });

  it('10 parallel purchases from a balance that covers one: exactly one succeeds, the balance never goes below 0', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await topUp(p.cookie, 9_900);
    const raced = await Promise.all(
      Array.from({ length: 10 }, () =>
        inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.standard, method: 'balance' }),
      ),
    );
    expect(raced.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(raced.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(9).fill('balance.insufficient'));
    const db = t.db;
    const [row] = await db.select().from(userBalances).where(eq(userBalances.userId, p.user.id));
    expect(row!.balance).toBe(0);
    const [sum] = await db
      .select({ total: sql<number>`sum(${balanceEntries.amount})::int` })
      .from(balanceEntries)
      .where(eq(balanceEntries.userId, p.user.id));
    expect(sum!.total).toBe(0);
    expect(await db.select().from(subscriptionPeriods).where(eq(subscriptionPeriods.providerId, p.user.id))).toHaveLength(1);
  });

  it('is refused to customers (403) and for unknown plans (404)', async () => {
    const customer = await signUp(t.app, t.db, {});
    const c = await inject('POST', '/api/v1/subscriptions/checkout', customer.cookie, { planId: planIds.basic, method: 'balance' });
    expect(c.statusCode).toBe(403);
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const u = await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: crypto.randomUUID(), method: 'balance' });
    expect(u.statusCode).toBe(404);
    const bad = await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.basic, method: 'cash' });
    expect(bad.statusCode).toBe(400);
  });
});
