import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { notifications } from './notifications.table.js';
import { plans } from '../subscriptions/plans.table.js';
import { subscriptionEvents } from '../subscriptions/subscription-events.table.js';
import { recordSubscriptionEvent } from '../subscriptions/subscription-events-repository.js';
import { runSubscriptionNotifications } from './subscription-notifications.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });

describe('subscription events become notifications', () => {
  it('tells each provider about their own events once, and marks the events processed', async () => {
    const db = t.db;
    const [a, b] = [await createUser(db, { role: 'provider' }), await createUser(db, { role: 'provider' })];
    const base = { createdAt: clock.now() };
    await recordSubscriptionEvent(db, { ...base, providerId: a.id, type: 'subscription.activated', dedupeKey: 'activated:a' });
    await recordSubscriptionEvent(db, {
      ...base,
      providerId: a.id,
      type: 'subscription.expiring',
      dedupeKey: 'expiring:3d:a',
      payload: { planId: 'p', endsAt: '2026-12-04T10:00:00.000Z', days: 3 },
    });
    await recordSubscriptionEvent(db, {
      ...base,
      providerId: b.id,
      type: 'payment.failed',
      dedupeKey: 'payment_failed:b',
      payload: { amount: 1 },
    });
    const deps = { db, clock: clock.now, bus: t.platform.bus, log: t.app.log };

    clock.advance(60_000);
    expect(await runSubscriptionNotifications(deps)).toBe(3);
    expect(await runSubscriptionNotifications(deps)).toBe(0);

    const of = (userId: string) => db.select().from(notifications).where(eq(notifications.recipientId, userId)).orderBy(notifications.type);
    expect((await of(a.id)).map((n) => [n.type, n.link, n.params])).toEqual([
      ['subscription.activated', '/subscription', {}],
      ['subscription.expiring', '/subscription', { daysLeft: 3 }],
    ]);
    expect((await of(b.id)).map((n) => n.type)).toEqual(['payment.failed']);
    const events = await db.select().from(subscriptionEvents);
    expect(events.every((e) => e.processedAt?.getTime() === clock.now().getTime())).toBe(true);
  });
});

describe('payment notices', () => {
  it('tells a provider their payment through the acquirer succeeded and the plan is active, once each', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const [standard] = await t.db.select().from(plans).where(eq(plans.code, 'standard'));
    const checkout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/subscriptions/checkout',
      headers: { cookie: p.cookie },
      payload: { planId: standard!.id },
    });
    const { paymentId } = checkout.json();
    const complete = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/payments/sandbox/${paymentId}/complete`,
        headers: { cookie: p.cookie },
        payload: { outcome: 'success' },
      });
    expect((await complete()).statusCode).toBe(200);
    await runSubscriptionNotifications({ db: t.db, bus: t.platform.bus, log: t.app.log, clock: clock.now });
    expect((await complete()).statusCode).toBe(409);
    await runSubscriptionNotifications({ db: t.db, bus: t.platform.bus, log: t.app.log, clock: clock.now });

    const rows = await t.db.select().from(notifications).where(eq(notifications.recipientId, p.user.id));
    expect(rows.map((n) => n.type).sort()).toEqual(['payment.succeeded', 'subscription.activated']);
    expect(rows.every((n) => n.link === '/subscription')).toBe(true);
  });
});
