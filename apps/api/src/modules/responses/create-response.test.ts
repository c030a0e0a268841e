import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { grantPlan } from '../../../test/subscription-fixtures.js';
import { useTestApp } from '../../../test/use-test-app.js';

const clock = createFakeClock('2026-12-01T10:00:00Z'); // 15:00 in Dushanbe
let customerId: string;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  customerId = (await createUser(t.db)).id;
});

const body = { comment: 'Сделаю сегодня вечером, свои инструменты.', price: 12_000, etaMinutes: 120 };
const respond = (taskId: string, cookie?: string, payload: object = body) =>
  t.app.inject({ method: 'POST', url: `/api/v1/tasks/${taskId}/responses`, payload, headers: cookie ? { cookie } : {} });
const openTask = async () => (await createTask(t.db, customerId, { publishedAt: clock.now() })).id;

const subscribe = (providerId: string, code: 'basic' | 'standard') => grantPlan(t.db, providerId, code, clock.now());

describe('POST /api/v1/tasks/:id/responses', () => {
  it('refuses a provider without a subscription with 403 subscriptions.required', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    const res = await respond(await openTask(), p.cookie);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('subscriptions.required');
  });

  it('answers 401 for guests, 403 for customers, 404 for unknown tasks, 400 for bad input', async () => {
    const task = await openTask();
    expect((await respond(task)).statusCode).toBe(401);
    const customer = await signUp(t.app, t.db, {});
    expect((await respond(task, customer.cookie)).statusCode).toBe(403);
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await subscribe(p.user.id, 'standard');
    expect((await respond(crypto.randomUUID(), p.cookie)).statusCode).toBe(404);
    const bad = await respond(task, p.cookie, { comment: 'ok', price: 0, etaMinutes: 1 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.comment', 'body.etaMinutes', 'body.price']);
  });

  it('takes one response per task (409 for a second)', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await subscribe(p.user.id, 'standard');
    const task = await openTask();
    expect((await respond(task, p.cookie)).statusCode).toBe(201);
    expect((await respond(task, p.cookie)).statusCode).toBe(409);
  });

  it('never lets 20 parallel responses pass the Basic limit of 5 a day, and the count resets at Dushanbe midnight', async () => {
    const p = await signUp(t.app, t.db, { role: 'provider' });
    await subscribe(p.user.id, 'basic');
    const tasks = await Promise.all(Array.from({ length: 20 }, openTask));
    const results = await Promise.all(tasks.map((id) => respond(id, p.cookie)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(5);
    const limited = results.filter((r) => r.statusCode === 429);
    expect(limited).toHaveLength(15);
    expect(limited[0]!.json()).toMatchObject({ code: 'subscriptions.daily_limit', retryAfter: 9 * 3600 });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/subscription', headers: { cookie: p.cookie } })).json()).toMatchObject({
      responsesToday: 5,
      dailyLimit: 5,
    });

    clock.set('2026-12-01T19:00:00Z'); // 00:00 in Dushanbe
    const refusedTask = tasks[results.findIndex((r) => r.statusCode === 429)]!;
    expect((await respond(refusedTask, p.cookie)).statusCode).toBe(201);
  });
});
