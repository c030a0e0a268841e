import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lastCodeSentTo, sessionCookieOf, signUp, uniquePhone } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { loginAttempts } from './auth.table.js';
import { users } from '../users/users.table.js';
import { listOutboxMessages } from '../../platform/outbox/outbox-repository.js';
import { runLoginAttemptsCleanup } from './login-attempts-cleanup-job.js';
import { loginRules } from './login-service.js';

// Every real password check against an account goes through verifyPassword; the decoy hashing for
// unknown accounts calls it inside its own module, so it is not counted here.
const passwordChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('./passwords.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./passwords.js')>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      passwordChecks.count += 1;
      return real.verifyPassword(hash, password);
    },
  };
});

const clock = createFakeClock();

const t = useTestApp({ clock: clock.now });
beforeEach(() => {
  // Each test starts past every earlier code's resend wait and lockout window.
  clock.advance(loginRules.windowMs + 61_000);
});

// One address per request, so the loose per-IP route limits never answer in place of the account's.
let ip = 0;
const fromNewIp = () => ({ remoteAddress: `10.${Math.floor(++ip / 250) % 250}.${ip % 250}.1` });
const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, ...fromNewIp() });
const login = (login: string, password: string) => post('/api/v1/auth/login', { login, password });
const auditRows = (userId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, userId), eq(auditLog.action, action)));

async function lockOut(account: { login: string }) {
  for (let i = 0; i < loginRules.maxFailures; i++) expect((await login(account.login, `wrong-${i}`)).statusCode).toBe(401);
}
/** Past the minute that the sign-up code holds the destination for. */
const afterResendWait = () => clock.advance(61_000);

describe('login lockout counts atomically', () => {
  it('should verify at most 10 passwords of 150 parallel wrong ones and answer the rest auth.step_up_required', async () => {
    const account = await signUp(t.app, t.db, {});
    passwordChecks.count = 0;
    const answers = await Promise.all(Array.from({ length: 150 }, (_, i) => login(account.login, `guess-${i}`)));

    expect(passwordChecks.count).toBeLessThanOrEqual(loginRules.maxFailures);
    expect(passwordChecks.count).toBe(loginRules.maxFailures);
    expect(await auditRows(account.user.id, 'auth.login_failed')).toHaveLength(loginRules.maxFailures);
    expect(await auditRows(account.user.id, 'auth.locked')).toHaveLength(1);
    const wrong = answers.filter((r) => r.statusCode === 401);
    const stepUp = answers.filter((r) => r.statusCode === 429);
    expect(wrong).toHaveLength(loginRules.maxFailures);
    expect(stepUp).toHaveLength(150 - loginRules.maxFailures);
    for (const r of stepUp) expect(r.json().code).toBe('auth.step_up_required');
  });

  it('should not check the right password either once the account is locked', async () => {
    const account = await signUp(t.app, t.db, {});
    await lockOut(account);
    passwordChecks.count = 0;
    const right = await login(account.login, account.password);
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('auth.step_up_required');
    expect(passwordChecks.count).toBe(0);
  });

  it('should count failures by email and by phone against the one account', async () => {
    const email = `both.${Date.now()}@example.tj`;
    const account = await signUp(t.app, t.db, { email });
    const phone = uniquePhone();
    await t.db.update(users).set({ phone, phoneVerifiedAt: clock.now() }).where(eq(users.id, account.user.id));
    for (let i = 0; i < loginRules.maxFailures; i++) await login(i % 2 ? email : phone, `wrong-${i}`);
    expect((await login(email, account.password)).json().code).toBe('auth.step_up_required');
    expect((await login(phone, account.password)).json().code).toBe('auth.step_up_required');
  });

  it('should let the password alone in again once the window has passed, and a success starts the count afresh', async () => {
    const account = await signUp(t.app, t.db, {});
    await lockOut(account);
    clock.advance(loginRules.windowMs - 1000);
    expect((await login(account.login, account.password)).statusCode).toBe(429);
    clock.advance(1000);
    expect((await login(account.login, account.password)).statusCode).toBe(200);
    // The success cleared the counter: nine more failures still leave the password working.
    for (let i = 0; i < loginRules.maxFailures - 1; i++) await login(account.login, `wrong-${i}`);
    expect((await login(account.login, account.password)).statusCode).toBe(200);
  });

  it('should delete counters whose window is over and keep the current ones', async () => {
    const stale = await signUp(t.app, t.db, {});
    await login(stale.login, 'wrong');
    clock.advance(loginRules.windowMs + 1);
    const fresh = await signUp(t.app, t.db, {});
    await login(fresh.login, 'wrong');
    const deleted = await runLoginAttemptsCleanup({ db: t.db, clock: clock.now, log: { info: () => {} } }, { batchSize: 2 });
    expect(deleted).toBeGreaterThanOrEqual(1);
    const subjects = (await t.db.select().from(loginAttempts)).map((row) => row.subject);
    expect(subjects).toContain(`user:${fresh.user.id}`);
    expect(subjects).not.toContain(`user:${stale.user.id}`);
  });
});

describe('step-up sign-in with a one-time code', () => {
  it('should tell the locked owner where the code goes, send it, and sign in with code and password', async () => {
    const account = await signUp(t.app, t.db, {});
    await lockOut(account);
    afterResendWait();
    const locked = await login(account.login, account.password);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    const masked = `${account.login.slice(0, 4)} ***-**-${account.login.slice(-2)}`;
    expect(locked.json()).toMatchObject({
      status: 429,
      code: 'auth.step_up_required',
      stepUp: { channels: [{ channel: 'sms', destination: masked }] },
    });

    const sent = await post('/api/v1/auth/login/code', { login: account.login });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ channel: 'sms', sentTo: masked, resendAfter: 60 });
    expect(await auditRows(account.user.id, 'auth.step_up_sent')).toHaveLength(1);
    const code = await lastCodeSentTo(t.db, account.login);

    const signedIn = await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: account.password });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.id).toBe(account.user.id);
    const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie: sessionCookieOf(signedIn) } });
    expect(session.statusCode).toBe(200);
    expect((await auditRows(account.user.id, 'auth.login')).map((row) => row.meta)).toContainEqual({ via: 'code', channel: 'sms' });
    // The code is spent, and the counter is cleared: the password alone works again.
    expect((await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: account.password })).statusCode).toBe(400);
    expect((await login(account.login, account.password)).statusCode).toBe(200);
  });

  it('should bound wrong codes at five tries, after which even the right code is refused', async () => {
    const account = await signUp(t.app, t.db, { email: `codes.${Date.now()}@example.tj` });
    await lockOut(account);
    afterResendWait();
    expect((await post('/api/v1/auth/login/code', { login: account.login })).statusCode).toBe(202);
    const code = await lastCodeSentTo(t.db, account.login);
    const wrongCode = code === '000000' ? '111111' : '000000';
    passwordChecks.count = 0;
    for (let i = 0; i < 5; i++) {
      const guess = await post('/api/v1/auth/login/code/verify', { login: account.login, code: wrongCode, password: account.password });
      expect(guess.statusCode).toBe(400);
      expect(guess.json()).toMatchObject({ code: 'auth.code_invalid', errors: [{ path: 'body.code', code: 'code_invalid' }] });
    }
    // Wrong codes never reach the password.
    expect(passwordChecks.count).toBe(0);
    const right = await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: account.password });
    expect(right.statusCode).toBe(400);
    expect(right.json().code).toBe('auth.code_invalid');
  });

  it('should count a wrong password with the right code as a wrong try, and never sign in with the code alone', async () => {
    const account = await signUp(t.app, t.db, {});
    await lockOut(account);
    afterResendWait();
    await post('/api/v1/auth/login/code', { login: account.login });
    const code = await lastCodeSentTo(t.db, account.login);
    for (let i = 0; i < 4; i++) {
      const wrong = await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: `not-it-${i}` });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(wrong.json()).toMatchObject({ code: 'auth.invalid_credentials', errors: [{ path: 'body.password', code: 'wrong_password' }] });
    }
    expect(await auditRows(account.user.id, 'auth.login_failed')).toHaveLength(loginRules.maxFailures + 4);
    // The fifth try is the last this code gets, right password or not.
    expect((await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: 'not-it-4' })).statusCode).toBe(401);
    const late = await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: account.password });
    expect(late.json().code).toBe('auth.code_invalid');
  });

  it('should hold resends to one a minute, answered 429 rate_limited with Retry-After', async () => {
    const account = await signUp(t.app, t.db, {});
    afterResendWait();
    expect((await post('/api/v1/auth/login/code', { login: account.login })).statusCode).toBe(202);
    const again = await post('/api/v1/auth/login/code', { login: account.login });
    expect(again.statusCode).toBe(429);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    afterResendWait();
    expect((await post('/api/v1/auth/login/code', { login: account.login })).statusCode).toBe(202);
    expect(await listOutboxMessages(t.db, account.login, 10)).toHaveLength(3);
  });

  it('should keep a blocked account blocked: no code goes out, and the password alone is refused after the window', async () => {
    const account = await signUp(t.app, t.db, {});
    await t.db.update(users).set({ status: 'blocked' }).where(eq(users.id, account.user.id));
    await lockOut(account);
    afterResendWait();
    const seen = (await listOutboxMessages(t.db, account.login, 10)).length;
    expect((await post('/api/v1/auth/login/code', { login: account.login })).statusCode).toBe(202);
    expect(await listOutboxMessages(t.db, account.login, 10)).toHaveLength(seen);
    // The newest code this phone ever got (its sign-up's) opens nothing here either.
    const code = await lastCodeSentTo(t.db, account.login);
    expect((await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: account.password })).statusCode).toBe(400);
    clock.advance(loginRules.windowMs);
    expect((await login(account.login, account.password)).json().code).toBe('auth.blocked');
  });

  it('should refuse a code when the account is blocked after it was sent', async () => {
    const account = await signUp(t.app, t.db, {});
    afterResendWait();
    await post('/api/v1/auth/login/code', { login: account.login });
    const code = await lastCodeSentTo(t.db, account.login);
    await t.db.update(users).set({ status: 'blocked' }).where(eq(users.id, account.user.id));
    const refused = await post('/api/v1/auth/login/code/verify', { login: account.login, code, password: account.password });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.blocked');
  });
});

describe('a login without an account answers alike', () => {
  const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

  it('should answer an unknown phone exactly as a known one: ten 401s, then the same step-up, then a 202 for the code', async () => {
    const account = await signUp(t.app, t.db, {});
    const unknown = uniquePhone();
    for (let i = 0; i < loginRules.maxFailures; i++) {
      const [known, stranger] = await Promise.all([login(account.login, `wrong-${i}`), login(unknown, `wrong-${i}`)]);
      expect(stranger.statusCode).toBe(known.statusCode);
      expect(strip(stranger.json())).toEqual(strip(known.json()));
    }
    afterResendWait();
    const [known, stranger] = await Promise.all([login(account.login, 'wrong'), login(unknown, 'wrong')]);
    expect(known.statusCode).toBe(429);
    expect(stranger.statusCode).toBe(429);
    expect(Object.keys(stranger.json()).sort()).toEqual(Object.keys(known.json()).sort());
    expect(stranger.json()).toMatchObject({ code: 'auth.step_up_required', retryAfter: known.json().retryAfter });
    expect(stranger.json().stepUp.channels[0].destination).toBe(`${unknown.slice(0, 4)} ***-**-${unknown.slice(-2)}`);

    const [knownSent, strangerSent] = await Promise.all([
      post('/api/v1/auth/login/code', { login: account.login }),
      post('/api/v1/auth/login/code', { login: unknown }),
    ]);
    expect(strangerSent.statusCode).toBe(202);
    expect(Object.keys(strangerSent.json()).sort()).toEqual(Object.keys(knownSent.json()).sort());
    expect(await listOutboxMessages(t.db, unknown)).toEqual([]);
    const verify = await post('/api/v1/auth/login/code/verify', { login: unknown, code: '123456', password: 'whatever-it-is' });
    expect(verify.statusCode).toBe(400);
    expect(verify.json().code).toBe('auth.code_invalid');
  });

  it('should refuse a login that is neither an email nor a phone with a field error', async () => {
    const res = await post('/api/v1/auth/login/code', { login: 'not a login' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'body.login', code: 'invalid_login' }] });
  });

  it('should document the step-up paths and the login problem in OpenAPI', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
    expect(spec.paths['/api/v1/auth/login/code']?.post).toBeDefined();
    expect(spec.paths['/api/v1/auth/login/code/verify']?.post).toBeDefined();
    expect(JSON.stringify(spec.paths['/api/v1/auth/login']?.post?.responses?.['429'])).toContain('stepUp');
  });
});
