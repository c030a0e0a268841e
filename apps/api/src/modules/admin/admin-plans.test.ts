import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { plans } from '../subscriptions/plans.table.js';
import { users } from '../users/users.table.js';

let admin: { id: string; cookie: string };
const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });

const newPlan = {
  code: 'weekly-pro',
  name: { ru: 'Неделя Про', tg: 'Ҳафтаи Про' },
  durationDays: 7,
  dailyResponseLimit: 20,
  priority: true,
  highlighted: false,
  price: 4_900,
  trialDays: 0,
};

describe('GET /admin/plans', () => {
  it('lists every plan with its flags, disabled ones included (200); 401 guest, 403 provider', async () => {
    const res = await inject('GET', '/api/v1/admin/plans', admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['basic', 'standard', 'premium']));
    expect(res.json().items[0]).toMatchObject({ isActive: true, sortOrder: expect.any(Number) });
    expect((await inject('GET', '/api/v1/admin/plans')).statusCode).toBe(401);
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    expect((await inject('GET', '/api/v1/admin/plans', provider.cookie)).statusCode).toBe(403);
  });
});

describe('POST /admin/plans', () => {
  it('creates a plan that is then on sale (201), refuses a taken code (409) and a bad body (400), audits', async () => {
    const res = await inject('POST', '/api/v1/admin/plans', admin.cookie, newPlan);
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({ ...newPlan, isActive: true });
    const onSale = (await inject('GET', '/api/v1/plans')).json().items;
    expect(onSale.map((p: { code: string }) => p.code)).toContain('weekly-pro');

    expect((await inject('POST', '/api/v1/admin/plans', admin.cookie, newPlan)).json()).toMatchObject({
      status: 409,
      code: 'plans.code_taken',
    });
    const bad = await inject('POST', '/api/v1/admin/plans', admin.cookie, { ...newPlan, code: 'Bad Code', price: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.code', 'body.price']));
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.plan_created'), eq(auditLog.targetId, plan.id)));
    expect(audits).toEqual([expect.objectContaining({ actorId: admin.id })]);
  });
});

describe('PATCH /admin/plans/:id', () => {
  it('changes price, limit, names and flags (200); 404 unknown; 400 empty; audits before and after', async () => {
    const [basic] = await t.db.select().from(plans).where(eq(plans.code, 'basic'));
    const res = await inject('PATCH', `/api/v1/admin/plans/${basic!.id}`, admin.cookie, {
      price: 3_500,
      dailyResponseLimit: 7,
      name: { ru: 'Базовый+', tg: 'Асосӣ+' },
      highlighted: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'basic', price: 3_500, dailyResponseLimit: 7, highlighted: true, name: { ru: 'Базовый+' } });
    expect((await inject('PATCH', `/api/v1/admin/plans/${crypto.randomUUID()}`, admin.cookie, { price: 1 })).statusCode).toBe(404);
    expect((await inject('PATCH', `/api/v1/admin/plans/${basic!.id}`, admin.cookie, {})).statusCode).toBe(400);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.plan_updated'), eq(auditLog.targetId, basic!.id)));
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: expect.objectContaining({ price: 2_900 }),
      after: expect.objectContaining({ price: 3_500 }),
    });
  });

  it('disabling takes a plan off sale: not listed, not bought, not trialled (409 plans.inactive); running periods keep going', async () => {
    const [standard] = await t.db.select().from(plans).where(eq(plans.code, 'standard'));
    const running = await signUp(t.app, t.db, { role: 'provider' });
    await grantPlan(t.db, running.user.id, 'standard', clock.now());

    const off = await inject('PATCH', `/api/v1/admin/plans/${standard!.id}`, admin.cookie, { isActive: false });
    expect(off.json()).toMatchObject({ isActive: false });
    expect((await inject('GET', '/api/v1/plans')).json().items.map((p: { code: string }) => p.code)).not.toContain('standard');

    const buyer = await signUp(t.app, t.db, { role: 'provider' });
    const bought = await inject('POST', '/api/v1/subscriptions/checkout', buyer.cookie, { planId: standard!.id });
    expect(bought.json()).toMatchObject({ status: 409, code: 'plans.inactive' });
    const viaBalance = await inject('POST', '/api/v1/subscriptions/checkout', buyer.cookie, { planId: standard!.id, method: 'balance' });
    expect(viaBalance.json()).toMatchObject({ status: 409, code: 'plans.inactive' });
    const trial = await inject('POST', '/api/v1/subscriptions/trial', buyer.cookie);
    expect(trial.json()).toMatchObject({ status: 409, code: 'plans.inactive' });
    expect((await inject('GET', '/api/v1/me/subscription', buyer.cookie)).json().trialAvailable).toBe(true);

    expect((await inject('GET', '/api/v1/me/subscription', running.cookie)).json()).toMatchObject({
      status: 'active',
      planCode: 'standard',
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.plan_disabled'), eq(auditLog.targetId, standard!.id)));
    expect(audit?.actorId).toBe(admin.id);

    expect((await inject('PATCH', `/api/v1/admin/plans/${standard!.id}`, admin.cookie, { isActive: true })).json().isActive).toBe(true);
  });

  it('refuses a customer (403) and keeps admin accounts out of sign-up', async () => {
    const customer = await signUp(t.app, t.db, {});
    expect((await inject('PATCH', `/api/v1/admin/plans/${crypto.randomUUID()}`, customer.cookie, { price: 1 })).statusCode).toBe(403);
    const res = await inject('POST', '/api/v1/auth/register', undefined, {
      role: 'admin',
      email: 'sneaky@test.dastiyor.tj',
      password: 'Kuhi-Varzob-2026',
      name: 'X',
    });
    expect(res.statusCode).toBe(400);
    expect(await t.db.select().from(users).where(eq(users.email, 'sneaky@test.dastiyor.tj'))).toEqual([]);
  });
});
