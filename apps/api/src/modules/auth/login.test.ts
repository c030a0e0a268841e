import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lastCodeSentTo, sessionCookieOf, signUp, uniquePhone } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { users } from '../users/users.table.js';
import { listOutboxMessages } from '../../platform/outbox/outbox-repository.js';

const clock = createFakeClock();

const t = useTestApp({ clock: clock.now });

const post = (url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
const sessionsOf = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie } });
const auditActions = async (userId: string, action: string) =>
  (
    await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, userId), eq(auditLog.action, action)))
  ).length;

describe('login', () => {
  it('signs in by phone in any common spelling and by email, each time with a new token', async () => {
    const account = await signUp(t.app, t.db, {});
    const local = `0${account.login.slice(4)}`.replace(/^0/, '');
    const a = await post('/api/v1/auth/login', { login: local, password: account.password });
    expect(a.statusCode).toBe(200);
    const b = await post('/api/v1/auth/login', { login: account.login, password: account.password });
    expect(sessionCookieOf(a)).not.toBe(sessionCookieOf(b));
    expect((await sessionsOf(sessionCookieOf(b))).json().items).toHaveLength(3);
    expect(await auditActions(account.user.id, 'auth.login')).toBe(2);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const account = await signUp(t.app, t.db, {});
    const wrong = await post('/api/v1/auth/login', { login: account.login, password: 'not-the-password' });
    const unknown = await post('/api/v1/auth/login', { login: 'nobody@example.tj', password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: { instance?: string }) => ({ ...body, instance: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(await auditActions(account.user.id, 'auth.login_failed')).toBe(1);
  });

  it('after 10 failures in 15 minutes asks for a step-up (with retryAfter), then lets the password alone in again', async () => {
    const account = await signUp(t.app, t.db, {});
    for (let i = 0; i < 10; i++) {
      expect((await post('/api/v1/auth/login', { login: account.login, password: `wrong-${i}` })).statusCode).toBe(401);
      clock.advance(10_000);
    }
    const locked = await post('/api/v1/auth/login', { login: account.login, password: account.password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'auth.step_up_required' });
    expect(locked.json().retryAfter).toBe(15 * 60 - 100);
    expect(locked.headers['retry-after']).toBe(String(15 * 60 - 100));
    expect(await auditActions(account.user.id, 'auth.locked')).toBe(1);

    clock.advance(15 * 60_000);
    expect((await post('/api/v1/auth/login', { login: account.login, password: account.password })).statusCode).toBe(200);
  });

  it('refuses a blocked account and ends its sessions at once', async () => {
    const account = await signUp(t.app, t.db, {});
    await t.db.update(users).set({ status: 'blocked' }).where(eq(users.id, account.user.id));
    expect((await sessionsOf(account.cookie)).statusCode).toBe(401);
    const res = await post('/api/v1/auth/login', { login: account.login, password: account.password });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.blocked');
  });

  it('refuses a login posted from a foreign origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'x@y.tj', password: 'whatever' },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('lists sessions, ends one, ends all others, and logout ends the current one', async () => {
    const account = await signUp(t.app, t.db, {});
    const second = sessionCookieOf(await post('/api/v1/auth/login', { login: account.login, password: account.password }));
    const third = sessionCookieOf(await post('/api/v1/auth/login', { login: account.login, password: account.password }));
    const items = (await sessionsOf(account.cookie)).json().items as Array<{ id: string; current: boolean }>;
    expect(items).toHaveLength(3);

    const secondId = (await sessionsOf(second)).json().items.find((s: { current: boolean }) => s.current).id;
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${secondId}`, headers: { cookie: account.cookie } })).statusCode,
    ).toBe(204);
    expect((await sessionsOf(second)).statusCode).toBe(401);

    expect((await post('/api/v1/auth/sessions/end-others', {}, account.cookie)).statusCode).toBe(204);
    expect((await sessionsOf(third)).statusCode).toBe(401);
    expect((await sessionsOf(account.cookie)).json().items).toHaveLength(1);

    const out = await post('/api/v1/auth/logout', {}, account.cookie);
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'dastiyor_session')?.value).toBe('');
    expect((await sessionsOf(account.cookie)).statusCode).toBe(401);
  });

  it("cannot end another person's session (404)", async () => {
    const a = await signUp(t.app, t.db, {});
    const b = await signUp(t.app, t.db, {});
    const bSession = (await sessionsOf(b.cookie)).json().items[0].id;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${bSession}`, headers: { cookie: a.cookie } });
    expect(res.statusCode).toBe(404);
    expect((await sessionsOf(b.cookie)).statusCode).toBe(200);
  });

  it('slides: a session used within 30 days lives on, an unused one expires', async () => {
    const account = await signUp(t.app, t.db, {});
    clock.advance(29 * 86_400_000);
    expect((await sessionsOf(account.cookie)).statusCode).toBe(200);
    clock.advance(29 * 86_400_000);
    expect((await sessionsOf(account.cookie)).statusCode).toBe(200);
    clock.advance(30 * 86_400_000 + 1000);
    expect((await sessionsOf(account.cookie)).statusCode).toBe(401);
  });

  it('answers 401 auth.required without a session', async () => {
    const res = await sessionsOf('dastiyor_session=forged-token');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.required');
  });
});

describe('password recovery', () => {
  it('never reveals whether an account exists', async () => {
    const unknownPhone = uniquePhone();
    const account = await signUp(t.app, t.db, {});
    clock.advance(61_000);
    const unknown = await post('/api/v1/auth/password/forgot', { phone: unknownPhone });
    const known = await post('/api/v1/auth/password/forgot', { phone: account.login });
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(Object.keys(unknown.json()).sort()).toEqual(Object.keys(known.json()).sort());
    expect(await listOutboxMessages(t.db, unknownPhone)).toEqual([]);
    // Limits behave the same for both, so they reveal nothing either.
    expect((await post('/api/v1/auth/password/forgot', { phone: unknownPhone })).statusCode).toBe(429);
    expect((await post('/api/v1/auth/password/forgot', { phone: account.login })).statusCode).toBe(429);
  });

  it('resets the password with the code, ends every old session and signs in', async () => {
    const account = await signUp(t.app, t.db, { email: `reset.${Date.now()}@example.tj` });
    clock.advance(61_000);
    expect((await post('/api/v1/auth/password/forgot', { email: account.login })).statusCode).toBe(202);
    const code = await lastCodeSentTo(t.db, account.login);

    const common = await post('/api/v1/auth/password/reset', { email: account.login, code, password: 'qwertyuiop' });
    expect(common.statusCode).toBe(400);

    const reset = await post('/api/v1/auth/password/reset', { email: account.login, code, password: 'Iskandarkul-Lake-77' });
    expect(reset.statusCode).toBe(200);
    expect((await sessionsOf(account.cookie)).statusCode).toBe(401);
    expect((await sessionsOf(sessionCookieOf(reset))).statusCode).toBe(200);
    expect((await post('/api/v1/auth/login', { login: account.login, password: account.password })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { login: account.login, password: 'Iskandarkul-Lake-77' })).statusCode).toBe(200);
    expect(await auditActions(account.user.id, 'auth.password_reset')).toBe(1);

    const reused = await post('/api/v1/auth/password/reset', { email: account.login, code, password: 'Another-Lake-78' });
    expect(reused.statusCode).toBe(400);
  });
});
