import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
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

async function startCheckout(cookie: string, code = 'standard') {
  const res = await inject('POST', '/api/v1/subscriptions/checkout', cookie, { planId: planIds[code] });
  expect(res.statusCode).toBe(201);
  return res.json() as { paymentId: string; redirectUrl: string };
}

function webhook(event: object, options: { at?: Date; key?: string; body?: string } = {}) {
  const body = options.body ?? JSON.stringify(event);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/payments/webhooks/sandbox',
    payload: body,
    headers: {
      'content-type': 'application/json',
      'x-sandbox-signature': signSandboxWebhook(options.key ?? secret, body, options.at ?? clock.now()),
    },
  });
}

const event = (paymentId: string, type: 'payment.succeeded' | 'payment.failed', id: string, amount = 9_900) => ({
  id,
  type,
  paymentId,
  amount,
  currency: 'TJS',
  createdAt: clock.now().toISOString(),
});
const periodsOf = async (providerId: string) =>
  Number((await t.db.select({ n: count() }).from(subscriptionPeriods).where(eq(subscriptionPeriods.providerId, providerId)))[0]!.n);

describe('checkout through the sandbox', () => {
  it('pays, activates the plan at once and shows in the history', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId, redirectUrl } = await startCheckout(p.cookie);
    expect(redirectUrl).toBe(`${t.config.publicUrl}/payments/sandbox/${paymentId}`);
    expect((await inject('GET', `/api/v1/payments/sandbox/${paymentId}`, p.cookie)).json()).toMatchObject({
      status: 'pending',
      amount: 9_900,
      plan: { code: 'standard' },
    });

    const paid = await inject('POST', `/api/v1/payments/sandbox/${paymentId}/complete`, p.cookie, { outcome: 'success' });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().status).toBe('succeeded');
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json()).toMatchObject({
      status: 'active',
      planCode: 'standard',
      daysRemaining: 30,
    });
    const history = (await inject('GET', '/api/v1/me/payments', p.cookie)).json();
    expect(history.items).toEqual([
      expect.objectContaining({
        id: paymentId,
        status: 'succeeded',
        amount: 9_900,
        method: 'korti_milli',
        plan: expect.objectContaining({ code: 'standard' }),
      }),
    ]);
    expect((await inject('POST', `/api/v1/payments/sandbox/${paymentId}/complete`, p.cookie, { outcome: 'fail' })).statusCode).toBe(409);
  });

  it('declining says so and changes nothing', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId } = await startCheckout(p.cookie, 'basic');
    const declined = await inject('POST', `/api/v1/payments/sandbox/${paymentId}/complete`, p.cookie, { outcome: 'fail' });
    expect(declined.json().status).toBe('failed');
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json().status).toBe('none');
  });

  it("refuses customers (403), unknown plans (404), disabled plans (409), and someone else's payment page (404)", async () => {
    const customer = await signUp(t.app, t.db, {});
    expect((await inject('POST', '/api/v1/subscriptions/checkout', customer.cookie, { planId: planIds.standard })).statusCode).toBe(403);
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect((await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: crypto.randomUUID() })).statusCode).toBe(404);
    await t.db.update(plans).set({ isActive: false }).where(eq(plans.code, 'premium'));
    expect((await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.premium })).statusCode).toBe(409);
    await t.db.update(plans).set({ isActive: true }).where(eq(plans.code, 'premium'));
    const { paymentId } = await startCheckout(p.cookie);
    expect((await inject('GET', `/api/v1/payments/sandbox/${paymentId}`, customer.cookie)).statusCode).toBe(404);
    expect(
      (await inject('POST', `/api/v1/payments/sandbox/${paymentId}/complete`, customer.cookie, { outcome: 'success' })).statusCode,
    ).toBe(404);
  });
});

describe('webhooks', () => {
  it('activates one period when the same event is replayed 100 times and raced 10 wide', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId } = await startCheckout(p.cookie);
    const e = event(paymentId, 'payment.succeeded', `evt_race_${paymentId}`);
    const raced = await Promise.all(Array.from({ length: 10 }, () => webhook(e)));
    expect(raced.every((r) => r.statusCode === 200)).toBe(true);
    expect(raced.filter((r) => r.json().outcome === 'applied')).toHaveLength(1);
    for (let i = 0; i < 100; i++) expect((await webhook(e)).json().outcome).toBe('duplicate');
    // A second, different success event for the same payment does not add a period either.
    expect((await webhook(event(paymentId, 'payment.succeeded', `evt_other_${paymentId}`))).json().outcome).toBe('ignored');
    expect(await periodsOf(p.user.id)).toBe(1);
  });

  it('never lets a late "failed" undo a "succeeded"', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId } = await startCheckout(p.cookie);
    expect((await webhook(event(paymentId, 'payment.succeeded', `evt_ok_${paymentId}`))).json().outcome).toBe('applied');
    expect((await webhook(event(paymentId, 'payment.failed', `evt_late_${paymentId}`))).json().outcome).toBe('ignored');
    expect((await inject('GET', '/api/v1/me/payments', p.cookie)).json().items[0].status).toBe('succeeded');
    // A failure first and the success after it still activates (out of order the other way round).
    const second = await startCheckout(p.cookie, 'standard');
    expect((await webhook(event(second.paymentId, 'payment.failed', `evt_f_${second.paymentId}`))).json().outcome).toBe('applied');
    expect((await webhook(event(second.paymentId, 'payment.succeeded', `evt_s_${second.paymentId}`))).json().outcome).toBe('applied');
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json().daysRemaining).toBe(60);
  });

  it('rejects a bad signature, a stale one and a wrong amount with 400, changes nothing and audits it', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId } = await startCheckout(p.cookie);
    const e = event(paymentId, 'payment.succeeded', `evt_bad_${paymentId}`);
    expect((await webhook(e, { key: 'not-the-secret' })).statusCode).toBe(400);
    expect((await webhook(e, { at: new Date(clock.now().getTime() - 301_000) })).statusCode).toBe(400);
    expect((await webhook(e, { at: new Date(clock.now().getTime() - 299_000) })).statusCode).toBe(200);
    const other = await startCheckout(p.cookie, 'basic');
    expect((await webhook(event(other.paymentId, 'payment.succeeded', `evt_amt_${other.paymentId}`, 1))).statusCode).toBe(400);
    const tampered = JSON.stringify(e).replace('9900', '100');
    const signedOriginal = signSandboxWebhook(secret, JSON.stringify(e), clock.now());
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/webhooks/sandbox',
      payload: tampered,
      headers: { 'content-type': 'application/json', 'x-sandbox-signature': signedOriginal },
    });
    expect(res.statusCode).toBe(400);
    const rejected = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'payment.webhook_rejected')));
    expect(Number(rejected[0]!.n)).toBeGreaterThanOrEqual(4);
    expect(
      (await inject('GET', '/api/v1/me/payments', p.cookie)).json().items.find((i: { id: string }) => i.id === other.paymentId).status,
    ).toBe('pending');
  });

  it('answers 404 for an unknown payment or provider', async () => {
    expect((await webhook(event(crypto.randomUUID(), 'payment.succeeded', 'evt_unknown'))).statusCode).toBe(404);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/webhooks/acme',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(404);
  });
});
