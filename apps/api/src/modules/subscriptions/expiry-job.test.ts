import { describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { signSandboxWebhook } from '../../platform/payments/sandbox-provider.js';
import { runSubscriptionExpiry } from './expiry-job.js';
import { findEventsOf } from './subscription-events-repository.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
const dayMs = 86_400_000;

const t = useTestApp({ clock: clock.now });

const run = () => runSubscriptionExpiry({ db: t.db, clock: clock.now });
const keysOf = async (providerId: string) => (await findEventsOf(t.db, providerId)).map((e) => `${e.type}@${e.createdAt.toISOString()}`);

describe('the subscription expiry job', () => {
  it('records expiring at exactly 3 days and 1 day before the end, and expired at the end, once each', async () => {
    clock.set('2026-12-01T10:00:00Z');
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, p.user.id, 'standard', clock.now());
    const end = clock.now().getTime() + 30 * dayMs;
    const at = (ms: number) => clock.set(new Date(ms).toISOString());

    at(end - 3 * dayMs - 1);
    await run();
    expect(await keysOf(p.user.id)).toEqual(['subscription.activated@2026-12-01T10:00:00.000Z']);
    at(end - 3 * dayMs);
    await run();
    await run();
    at(end - dayMs - 1);
    await run();
    at(end - dayMs);
    await run();
    at(end - 1);
    await run();
    at(end);
    await run();
    at(end + 5 * 60_000);
    await run();
    const events = await findEventsOf(t.db, p.user.id);
    expect(events.map((e) => [e.type, e.createdAt.getTime(), (e.payload as { days?: number } | null)?.days])).toEqual([
      ['subscription.activated', end - 30 * dayMs, undefined],
      ['subscription.expiring', end - 3 * dayMs, 3],
      ['subscription.expiring', end - dayMs, 1],
      ['subscription.expired', end, undefined],
    ]);
    expect(new Set(events.map((e) => e.periodId)).size).toBe(1);
  });

  it('announces nothing while a renewal carries on, and only the end of the whole run', async () => {
    clock.set('2026-12-01T10:00:00Z');
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, p.user.id, 'basic', clock.now());
    await grantPlan(t.db, p.user.id, 'basic', clock.now()); // renewal: follows on at day 7
    const firstEnd = clock.now().getTime() + 7 * dayMs;
    for (const ms of [firstEnd - 3 * dayMs, firstEnd - dayMs, firstEnd, firstEnd + 1]) {
      clock.set(new Date(ms).toISOString());
      await run();
    }
    expect((await keysOf(p.user.id)).filter((k) => !k.startsWith('subscription.activated'))).toEqual([]);
    clock.set(new Date(firstEnd + 7 * dayMs).toISOString());
    await run();
    const types = (await findEventsOf(t.db, p.user.id)).map((e) => e.type);
    expect(types).toEqual(['subscription.activated', 'subscription.activated', 'subscription.expired']);
  });

  it('a first run inside the last day records only the 1-day reminder; ends older than the lookback are never announced', async () => {
    clock.set('2026-12-01T10:00:00Z');
    const late = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, late.user.id, 'basic', clock.now());
    clock.set(new Date(new Date('2026-12-01T10:00:00Z').getTime() + 6.5 * dayMs).toISOString());
    await run();
    expect((await findEventsOf(t.db, late.user.id)).map((e) => e.dedupeKey.split(':')[0] + ':' + e.type)).toEqual([
      'activated:subscription.activated',
      'expiring:subscription.expiring',
    ]);
    expect((await findEventsOf(t.db, late.user.id))[1]!.dedupeKey).toMatch(/^expiring:1d:/);

    const old = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, old.user.id, 'basic', new Date('2026-10-01T10:00:00Z'));
    await run();
    expect((await findEventsOf(t.db, old.user.id)).map((e) => e.type)).toEqual(['subscription.activated']);
  });

  it('records payment.failed once when a payment is declined (even if the webhook is replayed)', async () => {
    clock.set('2026-12-01T10:00:00Z');
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const [standard] = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' }))
      .json()
      .items.filter((x: { code: string }) => x.code === 'standard');
    const { paymentId } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/subscriptions/checkout',
        payload: { planId: standard.id },
        headers: { cookie: p.cookie },
      })
    ).json();
    const body = JSON.stringify({
      id: `evt_f_${paymentId}`,
      type: 'payment.failed',
      paymentId,
      amount: 9_900,
      currency: 'TJS',
      createdAt: clock.now().toISOString(),
    });
    const secret = 'sandbox-webhook-secret-for-development-only';
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/payments/webhooks/sandbox',
        payload: body,
        headers: { 'content-type': 'application/json', 'x-sandbox-signature': signSandboxWebhook(secret, body, clock.now()) },
      });
    }
    const events = await findEventsOf(t.db, p.user.id);
    expect(events).toEqual([expect.objectContaining({ type: 'payment.failed', paymentId, periodId: null })]);
  });
});
