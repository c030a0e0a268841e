import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/modules/audit/audit.table.js';
import { runPaymentReconciliation } from '../src/modules/payments/index.js';
import { payments } from '../src/modules/payments/payments.table.js';
import { plans } from '../src/modules/subscriptions/plans.table.js';
import { createPaymentProviders } from '../src/platform/payments/payment-providers.js';
import { signInAdmin } from './admin-fixtures.js';
import { signUp } from './auth-helpers.js';
import { type AlifBank, alifToken, startAlifBank } from './doubles/alif-bank.js';
import { createFakeClock } from './fake-clock.js';
import { freePort } from './free-port.js';
import { useTestApp } from './use-test-app.js';

// Alif Acquiring end to end over loopback: our adapter talks HTTP to a double of the bank's protocol,
// which checks our signatures and calls our callback URL back on a real port.
const terminal = { terminalId: 'T-DASTIYOR-1', password: 'terminal-password' };
const clock = createFakeClock('2026-12-01T10:00:00Z');
let bank: AlifBank;
let port: number;
let planIds: Record<string, string>;
let admin: { id: string; cookie: string };

beforeAll(async () => {
  bank = await startAlifBank({ ...terminal, gates: ['korti_milli', 'wallet', 'vsa'] });
  port = await freePort();
});
afterAll(() => bank.close());

const t = useTestApp({
  clock: clock.now,
  env: () => ({
    PAYMENT_PROVIDER: 'alif',
    ALIF_BASE_URL: bank.baseUrl,
    ALIF_TERMINAL_ID: terminal.terminalId,
    ALIF_TERMINAL_PASSWORD: terminal.password,
    ALIF_GATES: 'korti_milli,wallet,vsa',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  }),
});
beforeAll(async () => {
  await t.app.listen({ port, host: '127.0.0.1' });
  planIds = Object.fromEntries((await t.db.select().from(plans)).map((p) => [p.code, p.id]));
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const provider = () => signUp(t.app, t.db, { role: 'provider' });
const paymentRow = async (id: string) => (await t.db.select().from(payments).where(eq(payments.id, id)))[0]!;
const subscriptionOf = async (cookie: string) => (await inject('GET', '/api/v1/me/subscription', cookie)).json();
const audits = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
const checksOf = (orderId: string) =>
  bank.requests.filter((r) => r.path === '/checktxn' && (r.body as { order_id?: string }).order_id === orderId).length;
const reconcile = () =>
  runPaymentReconciliation({ db: t.db, clock: clock.now, ...createPaymentProviders(t.config), publicUrl: t.config.publicUrl });

async function checkout(cookie: string, method = 'korti_milli', code = 'premium') {
  const res = await inject('POST', '/api/v1/subscriptions/checkout', cookie, { planId: planIds[code], method });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { paymentId: string; redirectUrl: string };
  return { ...body, order: bank.orders.get(body.paymentId)! };
}

describe('starting a payment at Alif', () => {
  it('offers the terminal’s methods and sends the payer only to the bank’s page or ours', async () => {
    const res = await inject('GET', '/api/v1/payments/methods');
    expect(res.json()).toEqual({
      methods: ['korti_milli', 'alif_mobi', 'visa_mastercard'],
      payOrigins: [`http://127.0.0.1:${port}`, bank.baseUrl],
    });
  });

  it.each([
    ['korti_milli', 'korti_milli'],
    ['alif_mobi', 'wallet'],
    ['visa_mastercard', 'vsa'],
    ['card', 'korti_milli'],
  ])('starts %s through the %s gate, signed as the bank checks it', async (method, gate) => {
    const p = await provider();
    const { paymentId, redirectUrl, order } = await checkout(p.cookie, method);
    expect(redirectUrl).toBe(`${bank.baseUrl}/pay/${paymentId}`);
    expect(order).toMatchObject({
      gate,
      amount: '179.00',
      status: 'pending',
      callbackUrl: `http://127.0.0.1:${port}/api/v1/payments/webhooks/alif`,
      returnUrl: `http://127.0.0.1:${port}/payments/return/${paymentId}`,
    });
    expect(await paymentRow(paymentId)).toMatchObject({
      provider: 'alif',
      method: method === 'card' ? 'korti_milli' : method,
      status: 'pending',
    });
  });

  it('closes the payment as failed and answers 503 when the bank refuses or does not answer', async () => {
    const p = await provider();
    bank.failNext('/v2/', { httpStatus: 500, body: '{"code":500,"message":"internal error"}' });
    const res = await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.basic, method: 'korti_milli' });
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('payments.acquirer_unavailable');
    const [row] = await t.db.select().from(payments).where(eq(payments.userId, p.user.id));
    expect(row).toMatchObject({ status: 'failed', failureReason: 'not_started', nextCheckAt: null });
    expect(await audits('payment.start_failed', row!.id)).toHaveLength(1);
    // A method the terminal does not take is refused before anything is written.
    const other = await signUp(t.app, t.db, { role: 'provider' });
    const wrong = await inject('POST', '/api/v1/me/balance/top-ups', other.cookie, { amount: 5_000, method: 'visa' });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('the bank’s callback, confirmed with its status call', () => {
  it('activates Premium once the bank confirms the payment; history shows the method and the transaction', async () => {
    const p = await provider();
    const { paymentId, order } = await checkout(p.cookie);
    await bank.decide(paymentId, 'ok');
    expect(bank.callbacks.at(-1)).toMatchObject({ orderId: paymentId, status: 200 });
    expect(checksOf(paymentId)).toBe(1);
    expect(await subscriptionOf(p.cookie)).toMatchObject({ status: 'active', planCode: 'premium' });
    const history = (await inject('GET', '/api/v1/me/payments', p.cookie)).json();
    expect(history.items[0]).toMatchObject({
      id: paymentId,
      status: 'succeeded',
      method: 'korti_milli',
      transactionId: order.transactionId,
    });
    expect(await audits('payment.succeeded', paymentId)).toHaveLength(1);
  });

  it('a declined or cancelled payment changes nothing but its status', async () => {
    const p = await provider();
    const declined = await checkout(p.cookie, 'alif_mobi', 'basic');
    await bank.decide(declined.paymentId, 'failed');
    expect(await paymentRow(declined.paymentId)).toMatchObject({ status: 'failed', failureReason: 'declined' });
    const cancelled = await checkout(p.cookie, 'korti_milli', 'basic');
    bank.setStatus(cancelled.paymentId, 'canceled');
    expect(await bank.sendCallback(cancelled.paymentId)).toBe(200);
    expect(await paymentRow(cancelled.paymentId)).toMatchObject({ status: 'failed' });
    expect(await subscriptionOf(p.cookie)).toMatchObject({ status: 'none' });
  });

  it('a forged callback is refused (400, audited) without asking the bank; a lying one well signed is disproved by the status call', async () => {
    const p = await provider();
    const { paymentId } = await checkout(p.cookie);
    const forged = await bank.sendCallback(paymentId, { token: 'f'.repeat(64) }, { status: 'ok' });
    expect(forged).toBe(400);
    expect(checksOf(paymentId)).toBe(0);
    const rejected = await t.db.select().from(auditLog).where(eq(auditLog.action, 'payment.webhook_rejected'));
    expect(rejected.some((r) => (r.meta as { reason?: string }).reason === 'callback token mismatch')).toBe(true);
    // Signed like the bank signs, claiming "ok" while the bank still says pending: nothing moves.
    expect(await bank.sendCallback(paymentId, {}, { status: 'ok' })).toBe(200);
    expect(checksOf(paymentId)).toBe(1);
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'pending' });
    expect(await subscriptionOf(p.cookie)).toMatchObject({ status: 'none' });
  });

  it('refuses a callback naming another amount (400) and changes nothing', async () => {
    const p = await provider();
    const { paymentId } = await checkout(p.cookie);
    bank.setStatus(paymentId, 'ok');
    expect(await bank.sendCallback(paymentId, { amount: 1 })).toBe(400);
    expect(checksOf(paymentId)).toBe(0);
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'pending' });
  });

  it('grants one period for duplicated, raced and out-of-order callbacks', async () => {
    const p = await provider();
    const { paymentId } = await checkout(p.cookie, 'korti_milli', 'standard');
    bank.policy = { ...bank.policy, copies: 2 };
    try {
      await bank.decide(paymentId, 'ok');
    } finally {
      bank.policy = { ...bank.policy, copies: 1 };
    }
    const raced = await Promise.all(Array.from({ length: 8 }, () => bank.sendCallback(paymentId)));
    expect(raced.every((status) => status === 200)).toBe(true);
    // Late and reordered: the "pending" and "failed" the bank sent before its "ok" arrive after it.
    expect(await bank.sendCallback(paymentId, {}, { status: 'pending' })).toBe(200);
    bank.setStatus(paymentId, 'failed');
    expect(await bank.sendCallback(paymentId)).toBe(200);
    bank.setStatus(paymentId, 'ok');
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'succeeded' });
    expect((await subscriptionOf(p.cookie)).daysRemaining).toBe(30);
    expect(await audits('payment.succeeded', paymentId)).toHaveLength(1);
  });

  it('tops the balance up by Alif Mobi once, when the bank confirms it', async () => {
    const p = await provider();
    const res = await inject('POST', '/api/v1/me/balance/top-ups', p.cookie, { amount: 12_345, method: 'alif_mobi' });
    expect(res.statusCode).toBe(201);
    const { paymentId } = res.json();
    expect(bank.orders.get(paymentId)).toMatchObject({ gate: 'wallet', amount: '123.45' });
    await bank.decide(paymentId, 'ok');
    await bank.sendCallback(paymentId);
    expect((await inject('GET', '/api/v1/me/balance', p.cookie)).json().balance).toBe(12_345);
  });
});

describe('a lost callback', () => {
  it('is settled by the return page asking the bank (at most every few seconds)', async () => {
    const p = await provider();
    const { paymentId } = await checkout(p.cookie);
    bank.policy = { ...bank.policy, lost: true };
    try {
      await bank.decide(paymentId, 'ok');
    } finally {
      bank.policy = { ...bank.policy, lost: false };
    }
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'pending' });
    const read = await inject('GET', `/api/v1/me/payments/${paymentId}`, p.cookie);
    expect(read.json()).toMatchObject({ status: 'succeeded', transactionId: bank.orders.get(paymentId)!.transactionId });
    expect(await subscriptionOf(p.cookie)).toMatchObject({ status: 'active' });
    // Someone else's payment is not found; a pending one is asked about once per few seconds.
    const other = await provider();
    expect((await inject('GET', `/api/v1/me/payments/${paymentId}`, other.cookie)).statusCode).toBe(404);
    const waiting = await checkout(other.cookie);
    await inject('GET', `/api/v1/me/payments/${waiting.paymentId}`, other.cookie);
    await inject('GET', `/api/v1/me/payments/${waiting.paymentId}`, other.cookie);
    expect(checksOf(waiting.paymentId)).toBe(1);
    clock.advance(5_000);
    await inject('GET', `/api/v1/me/payments/${waiting.paymentId}`, other.cookie);
    expect(checksOf(waiting.paymentId)).toBe(2);
  });

  it('is reconciled by the job with back-off, through a bank outage, and closed as expired after two days', async () => {
    const p = await provider();
    const paid = await checkout(p.cookie, 'korti_milli', 'basic');
    const abandoned = await checkout(p.cookie, 'korti_milli', 'basic');
    bank.setStatus(paid.paymentId, 'ok');
    // Not due before the callback had its chance.
    await reconcile();
    expect(checksOf(paid.paymentId) + checksOf(abandoned.paymentId)).toBe(0);
    clock.advance(2 * 60_000);
    bank.failNext('/checktxn', { httpStatus: 502, body: 'Bad Gateway' }, 100);
    await reconcile();
    expect(await paymentRow(paid.paymentId)).toMatchObject({ status: 'pending', checkAttempts: 1 });
    bank.clearFailures();
    clock.advance(2 * 60_000);
    expect((await reconcile()).settled).toBeGreaterThanOrEqual(1);
    expect(await paymentRow(paid.paymentId)).toMatchObject({ status: 'succeeded', nextCheckAt: null });
    expect(await subscriptionOf(p.cookie)).toMatchObject({ status: 'active', planCode: 'basic' });
    // The abandoned one backs off: the gap doubles (2, 4 … minutes), capped at an hour.
    const next = await paymentRow(abandoned.paymentId);
    expect(next.checkAttempts).toBe(2);
    expect(next.nextCheckAt!.getTime() - clock.now().getTime()).toBe(4 * 60_000);
    clock.advance(48 * 3600_000);
    await reconcile();
    expect(await paymentRow(abandoned.paymentId)).toMatchObject({ status: 'failed', failureReason: 'expired', nextCheckAt: null });
  });
});

describe('refunds through the bank', () => {
  it('cancels at the bank, ends the period and records who and why, in one transaction', async () => {
    const p = await provider();
    const { paymentId, order } = await checkout(p.cookie, 'visa_mastercard', 'standard');
    await bank.decide(paymentId, 'ok');
    bank.failNext('/cancel/standard', { httpStatus: 400, body: '{"code":400,"message":"transaction cannot be canceled"}' });
    const refused = await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, admin.cookie, { reason: 'Двойное списание' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'payments.acquirer_refused' });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'succeeded' });
    expect(await subscriptionOf(p.cookie)).toMatchObject({ status: 'active' });

    const res = await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, admin.cookie, { reason: 'Двойное списание' });
    expect(res.statusCode, res.body).toBe(200);
    expect(bank.orders.get(paymentId)!.status).toBe('canceled');
    const cancel = bank.requests.filter((r) => r.path === '/cancel/standard' && r.refused === null).at(-1)!;
    expect(cancel.body).toEqual({
      key: terminal.terminalId,
      transaction_id: order.transactionId,
      amount: '99.00',
      token: alifToken(terminal.terminalId, terminal.password, `${terminal.terminalId}${order.transactionId}99.00`),
    });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'refunded' });
    expect(await subscriptionOf(p.cookie)).toMatchObject({ canRespond: false });
    expect(await audits('admin.payment_refunded', paymentId)).toEqual([
      expect.objectContaining({ actorId: admin.id, meta: expect.objectContaining({ reason: 'Двойное списание' }) }),
    ]);
  });
});
