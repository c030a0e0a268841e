import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signUp, uniquePhone } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { users } from '../users/users.table.js';
import { findPlanByCode, lockProviderSubscription } from './subscriptions-repository.js';
import { grantPeriod } from './subscriptions-service.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
const day = 86_400_000;

const t = useTestApp({ clock: clock.now });

const mine = async (cookie: string) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/me/subscription', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const post = (url: string, cookie?: string) => t.app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {} });

async function pay(providerId: string, code: 'basic' | 'standard' | 'premium') {
  const db = t.db;
  const plan = (await findPlanByCode(db, code))!;
  await db.transaction(async (tx) => {
    await lockProviderSubscription(tx, providerId);
    await grantPeriod(tx, { providerId, plan, source: 'payment', days: plan.durationDays, now: clock.now() });
  });
}

describe('GET /api/v1/me/subscription', () => {
  it('answers 401 for guests and 403 for customers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/subscription' })).statusCode).toBe(401);
    const customer = await signUp(t.app, t.db, {});
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/subscription', headers: { cookie: customer.cookie } })).statusCode).toBe(
      403,
    );
  });

  it('follows a paid period through its life: active, days remaining, expired at the exact moment', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect(await mine(p.cookie)).toMatchObject({ status: 'none', planCode: null, planName: null, canRespond: false, daysRemaining: 0 });
    await pay(p.user.id, 'basic');
    const start = clock.now().getTime();
    expect(await mine(p.cookie)).toMatchObject({
      status: 'active',
      planCode: 'basic',
      // Named in both languages, as the plan is (the dashboard shows it, not the code).
      planName: { ru: 'Базовый', tg: 'Асосӣ' },
      daysRemaining: 7,
      dailyLimit: 5,
      responsesToday: 0,
      canRespond: true,
    });
    clock.set(new Date(start + 7 * day - 1).toISOString());
    expect(await mine(p.cookie)).toMatchObject({ status: 'active', daysRemaining: 1 });
    clock.set(new Date(start + 7 * day).toISOString());
    expect(await mine(p.cookie)).toMatchObject({ status: 'expired', canRespond: false, planCode: null });
  });

  it('renews the same plan from the current end, and switching credits the unused days', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await pay(p.user.id, 'standard');
    clock.advance(10 * day);
    await pay(p.user.id, 'standard');
    const renewed = await mine(p.cookie);
    expect(renewed.daysRemaining).toBe(50);
    // 50 days of Standard left (330 diram a day) = 16,500 diram ≈ 27.65 days of Premium, plus its 30.
    await pay(p.user.id, 'premium');
    const switched = await mine(p.cookie);
    expect(switched).toMatchObject({ status: 'active', planCode: 'premium' });
    expect(switched.daysRemaining).toBe(58);
  });
});

describe('trial', () => {
  it('needs a verified phone, is given once, and never twice for the same phone number', async () => {
    const byEmail = await signUp(t.app, t.db, { role: 'provider', email: `trial.${Date.now()}@example.tj` });
    expect((await mine(byEmail.cookie)).trialAvailable).toBe(false);
    expect((await post('/api/v1/subscriptions/trial', byEmail.cookie)).json()).toMatchObject({
      status: 403,
      code: 'subscriptions.phone_required',
    });

    const phone = uniquePhone();
    const first = await signUp(t.app, t.db, { role: 'provider', phone });
    expect((await mine(first.cookie)).trialAvailable).toBe(true);
    const started = await post('/api/v1/subscriptions/trial', first.cookie);
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'active', planCode: 'standard', daysRemaining: 3, trialAvailable: false });
    expect((await post('/api/v1/subscriptions/trial', first.cookie)).json()).toMatchObject({
      status: 409,
      code: 'subscriptions.trial_used',
    });

    // The same phone on another account (after the first one changed its number) gets no second trial.
    await t.db.update(users).set({ phone: uniquePhone() }).where(eq(users.id, first.user.id));
    clock.advance(61_000); // one code a minute per phone
    const second = await signUp(t.app, t.db, { role: 'provider', phone });
    const refused = await post('/api/v1/subscriptions/trial', second.cookie);
    expect(refused.json()).toMatchObject({ status: 409, code: 'subscriptions.trial_used' });
    expect(refused.json().detail).toMatch(/phone number/);
  });

  it('is refused to customers', async () => {
    const customer = await signUp(t.app, t.db, {});
    expect((await post('/api/v1/subscriptions/trial', customer.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await post('/api/v1/subscriptions/trial')).statusCode).toBe(401);
  });
});

describe('cancel', () => {
  it('keeps responding possible to the paid end, then expires; buying again renews', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    expect((await post('/api/v1/subscriptions/cancel', p.cookie)).statusCode).toBe(409);
    await pay(p.user.id, 'standard');
    const start = clock.now().getTime();
    const cancelled = await post('/api/v1/subscriptions/cancel', p.cookie);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', canRespond: true, daysRemaining: 30 });
    await pay(p.user.id, 'standard');
    expect(await mine(p.cookie)).toMatchObject({ status: 'active', daysRemaining: 60 });
    await post('/api/v1/subscriptions/cancel', p.cookie);
    // Look in every 29 days (sessions end after 30 idle days).
    clock.set(new Date(start + 29 * day).toISOString());
    expect(await mine(p.cookie)).toMatchObject({ status: 'cancelled', canRespond: true, daysRemaining: 31 });
    clock.set(new Date(start + 58 * day).toISOString());
    expect(await mine(p.cookie)).toMatchObject({ status: 'cancelled', daysRemaining: 2 });
    clock.set(new Date(start + 60 * day - 1).toISOString());
    expect(await mine(p.cookie)).toMatchObject({ status: 'cancelled', canRespond: true, daysRemaining: 1 });
    clock.set(new Date(start + 60 * day).toISOString());
    expect(await mine(p.cookie)).toMatchObject({ status: 'expired', canRespond: false });
  });
});
