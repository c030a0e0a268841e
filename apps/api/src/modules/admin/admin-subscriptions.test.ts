import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { plans } from '../subscriptions/plans.table.js';
import { subscriptionPeriods } from '../subscriptions/subscriptions.table.js';

let admin: { id: string; cookie: string };
let planIds: Record<string, string>;
const clock = createFakeClock('2026-12-01T10:00:00Z');
const dayMs = 86_400_000;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
  planIds = Object.fromEntries((await t.db.select().from(plans)).map((p) => [p.code, p.id]));
});

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const auditsOf = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

async function paidBySandbox(cookie: string, code: string) {
  const { paymentId } = (await inject('POST', '/api/v1/subscriptions/checkout', cookie, { planId: planIds[code] })).json();
  await inject('POST', `/api/v1/payments/sandbox/${paymentId}/complete`, cookie, { outcome: 'success' });
  return paymentId as string;
}

describe('POST /admin/subscriptions (manual activation)', () => {
  it('grants a period with source admin at once (201) and audits it', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const res = await inject('POST', '/api/v1/admin/subscriptions', admin.cookie, {
      providerId: p.user.id,
      planId: planIds.premium,
      days: 10,
      reason: 'Компенсация за сбой',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      providerId: p.user.id,
      source: 'admin',
      startsAt: clock.now().toISOString(),
      endsAt: new Date(clock.now().getTime() + 10 * dayMs).toISOString(),
      note: 'Компенсация за сбой',
    });
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json()).toMatchObject({
      status: 'active',
      planCode: 'premium',
      daysRemaining: 10,
    });
    expect(await auditsOf('admin.subscription_granted', p.user.id)).toEqual([expect.objectContaining({ actorId: admin.id })]);
  });

  it('404 for an unknown provider, a customer or an unknown plan; 400 for a bad body; 409 for a disabled plan; 401/403', async () => {
    const customer = await signUp(t.app, t.db, {});
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const body = { providerId: p.user.id, planId: planIds.basic, days: 5, reason: 'Тест' };
    for (const wrong of [{ providerId: crypto.randomUUID() }, { providerId: customer.user.id }, { planId: crypto.randomUUID() }]) {
      expect((await inject('POST', '/api/v1/admin/subscriptions', admin.cookie, { ...body, ...wrong })).statusCode).toBe(404);
    }
    expect((await inject('POST', '/api/v1/admin/subscriptions', admin.cookie, { ...body, days: 0, reason: '' })).statusCode).toBe(400);
    await t.db.update(plans).set({ isActive: false }).where(eq(plans.code, 'basic'));
    expect((await inject('POST', '/api/v1/admin/subscriptions', admin.cookie, body)).json().code).toBe('plans.inactive');
    await t.db.update(plans).set({ isActive: true }).where(eq(plans.code, 'basic'));
    expect((await inject('POST', '/api/v1/admin/subscriptions', undefined, body)).statusCode).toBe(401);
    expect((await inject('POST', '/api/v1/admin/subscriptions', p.cookie, body)).statusCode).toBe(403);
  });
});

describe('POST /admin/subscriptions/:id/revoke', () => {
  it('ends the period at once (200), then 409 on a second try; 404 unknown; 400 without a reason; audited', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const period = (
      await inject('POST', '/api/v1/admin/subscriptions', admin.cookie, {
        providerId: p.user.id,
        planId: planIds.standard,
        days: 30,
        reason: 'Акция',
      })
    ).json();
    clock.advance(60_000);
    const res = await inject('POST', `/api/v1/admin/subscriptions/${period.id}/revoke`, admin.cookie, { reason: 'Нарушение правил' });
    expect(res.statusCode).toBe(200);
    expect(res.json().revokedAt).toBe(clock.now().toISOString());
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json()).toMatchObject({ status: 'cancelled', canRespond: false });
    expect((await inject('POST', `/api/v1/admin/subscriptions/${period.id}/revoke`, admin.cookie, { reason: 'Ещё раз' })).statusCode).toBe(
      409,
    );
    expect(
      (await inject('POST', `/api/v1/admin/subscriptions/${crypto.randomUUID()}/revoke`, admin.cookie, { reason: 'Нет' })).statusCode,
    ).toBe(404);
    expect((await inject('POST', `/api/v1/admin/subscriptions/${period.id}/revoke`, admin.cookie, {})).statusCode).toBe(400);
    expect(await auditsOf('admin.subscription_revoked', period.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, meta: expect.objectContaining({ reason: 'Нарушение правил' }) }),
    ]);
  });
});

describe('POST /admin/payments/:id/refund', () => {
  it('refunds a card payment through the acquirer: payment refunded, its period revoked now (200); 409 a second time', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const paymentId = await paidBySandbox(p.cookie, 'standard');
    clock.advance(dayMs);
    const res = await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, admin.cookie, { reason: 'Двойное списание' });
    expect(res.statusCode).toBe(200);
    const [period] = await t.db.select().from(subscriptionPeriods).where(eq(subscriptionPeriods.paymentId, paymentId));
    expect(res.json()).toEqual({ paymentId, status: 'refunded', revokedPeriodId: period!.id });
    expect(period!.revokedAt?.toISOString()).toBe(clock.now().toISOString());
    expect((await inject('GET', '/api/v1/me/subscription', p.cookie)).json().canRespond).toBe(false);
    expect((await inject('GET', '/api/v1/me/payments', p.cookie)).json().items[0]).toMatchObject({ id: paymentId, status: 'refunded' });
    expect((await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, admin.cookie, { reason: 'Снова' })).statusCode).toBe(409);
    expect(await auditsOf('admin.payment_refunded', paymentId)).toHaveLength(1);
  });

  it('refunds a balance payment back to the balance; a spent top-up cannot be refunded (409 balance.insufficient)', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId: topUpId } = (await inject('POST', '/api/v1/me/balance/top-ups', p.cookie, { amount: 3_000 })).json();
    await inject('POST', `/api/v1/payments/sandbox/${topUpId}/complete`, p.cookie, { outcome: 'success' });
    clock.advance(1_000);
    const bought = (await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.basic, method: 'balance' })).json();
    clock.advance(1_000);
    expect((await inject('POST', `/api/v1/admin/payments/${topUpId}/refund`, admin.cookie, { reason: 'Возврат' })).json()).toMatchObject({
      status: 409,
      code: 'balance.insufficient',
    });
    const refunded = await inject('POST', `/api/v1/admin/payments/${bought.paymentId}/refund`, admin.cookie, { reason: 'Возврат' });
    expect(refunded.statusCode).toBe(200);
    const balance = (await inject('GET', '/api/v1/me/balance', p.cookie)).json();
    expect(balance.balance).toBe(3_000);
    expect(balance.items[0]).toMatchObject({ kind: 'refund', amount: 2_900 });
    clock.advance(1_000);
    const topUpRefund = await inject('POST', `/api/v1/admin/payments/${topUpId}/refund`, admin.cookie, { reason: 'Возврат' });
    expect(topUpRefund.json()).toEqual({ paymentId: topUpId, status: 'refunded', revokedPeriodId: null });
    expect((await inject('GET', '/api/v1/me/balance', p.cookie)).json().balance).toBe(0);
  });

  it('404 unknown, 409 for a pending payment, 400 without a reason, 401/403', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const { paymentId } = (await inject('POST', '/api/v1/subscriptions/checkout', p.cookie, { planId: planIds.basic })).json();
    expect((await inject('POST', `/api/v1/admin/payments/${crypto.randomUUID()}/refund`, admin.cookie, { reason: 'Нет' })).statusCode).toBe(
      404,
    );
    expect((await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, admin.cookie, { reason: 'Рано' })).statusCode).toBe(409);
    expect((await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, admin.cookie, { reason: '' })).statusCode).toBe(400);
    expect((await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, undefined, { reason: 'Гость' })).statusCode).toBe(401);
    expect((await inject('POST', `/api/v1/admin/payments/${paymentId}/refund`, p.cookie, { reason: 'Сам себе' })).statusCode).toBe(403);
  });
});
