import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCodeSentTo, sessionCookieOf, uniquePhone } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { auditLog, users, verificationCodes } from '../../db/schema/index.js';
import { listOutboxMessages } from '../../platform/outbox/outbox-repository.js';

let testDb: TestDatabase;
let t: TestApp;
const clock = createFakeClock();

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = await buildTestApp(testDb.database, {}, undefined, clock.now);
});
afterAll(async () => {
  await t.app.close();
  await testDb.drop();
});

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers });
const usersWith = async (phoneOrEmail: string) =>
  Number(
    (
      await testDb.database.db
        .select({ n: count() })
        .from(users)
        .where(phoneOrEmail.includes('@') ? eq(users.email, phoneOrEmail) : eq(users.phone, phoneOrEmail))
    )[0]!.n,
  );

describe('sign-up by phone', () => {
  it('sends an SMS code, creates nothing until the code comes back, then signs the customer in', async () => {
    const phone = uniquePhone();
    const res = await post('/api/v1/auth/register', {
      role: 'customer',
      phone: `${phone.slice(0, 4)} ${phone.slice(4, 6)} ${phone.slice(6)}`,
      password: 'Kuhi-Varzob-2026',
      name: 'Фарида',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ channel: 'sms', resendAfter: 60 });
    expect(res.json().sentTo).toMatch(/^\+992 \*\*\*-\*\*-\d\d$/);
    expect(await usersWith(phone)).toBe(0);
    const [sms] = await listOutboxMessages(testDb.database.db, phone, 1);
    expect(sms?.text).toMatch(/^Dastiyor: код \d{6}/);

    const verified = await post('/api/v1/auth/verify', { phone, code: await lastCodeSentTo(testDb.database.db, phone) });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user).toMatchObject({ role: 'customer', name: 'Фарида', locale: 'ru' });
    const cookie = verified.cookies.find((c) => c.name === 'dastiyor_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(await usersWith(phone)).toBe(1);

    const sessions = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie: sessionCookieOf(verified) } });
    expect(sessions.json().items).toEqual([expect.objectContaining({ current: true })]);
    const audit = await testDb.database.db.select().from(auditLog).where(eq(auditLog.targetId, verified.json().user.id));
    expect(audit.map((a) => a.action)).toContain('auth.registered');
  });
});

describe('sign-up by email', () => {
  it('sends the code by email in the chosen language and makes a provider', async () => {
    const email = `Provider.${Date.now()}@Example.TJ`;
    const res = await post('/api/v1/auth/register', {
      role: 'provider',
      email,
      password: 'Kuhi-Varzob-2026',
      name: 'Шаҳзод',
      locale: 'tg',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().channel).toBe('email');
    const [mail] = await listOutboxMessages(testDb.database.db, email.toLowerCase(), 1);
    expect(mail?.subject).toBe('Рамзи тасдиқи Dastiyor');
    const verified = await post('/api/v1/auth/verify', { email, code: await lastCodeSentTo(testDb.database.db, email.toLowerCase()) });
    expect(verified.json().user).toMatchObject({ role: 'provider', locale: 'tg' });
  });

  it('refuses a second account with the same email, with a clear message', async () => {
    const email = `twice.${Date.now()}@example.tj`;
    await post('/api/v1/auth/register', { role: 'customer', email, password: 'Kuhi-Varzob-2026', name: 'Один' });
    await post('/api/v1/auth/verify', { email, code: await lastCodeSentTo(testDb.database.db, email) });
    const again = await post('/api/v1/auth/register', { role: 'provider', email, password: 'Kuhi-Varzob-2026', name: 'Два' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'auth.account_exists', errors: [{ path: 'body.email', code: 'account_exists' }] });
  });
});

describe('bad sign-up input stores nothing', () => {
  it.each([
    [{ phone: '12345' }, 'body.phone', 'invalid_phone'],
    [{ phone: '+992901234567', password: 'short' }, 'body.password', 'too_small'],
    [{ phone: '+992901234568', password: 'qwertyuiop' }, 'body.password', 'password_weak'],
    [{ phone: '+992901234567', email: 'a@b.tj' }, 'body.phone', 'custom'],
    [{}, 'body.email', 'custom'],
    [{ email: 'not-an-email' }, 'body.email', 'invalid_format'],
  ])('%j → 400 on %s', async (contact, path, code) => {
    const before = Number((await testDb.database.db.select({ n: count() }).from(verificationCodes))[0]!.n);
    const res = await post('/api/v1/auth/register', { role: 'customer', password: 'Kuhi-Varzob-2026', name: 'Тест', ...contact });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(Number((await testDb.database.db.select({ n: count() }).from(verificationCodes))[0]!.n)).toBe(before);
  });

  it('refuses a role other than customer or provider', async () => {
    const res = await post('/api/v1/auth/register', { role: 'admin', phone: uniquePhone(), password: 'Kuhi-Varzob-2026', name: 'Хакер' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'body.role' }));
  });
});

describe('codes', () => {
  it('voids a code after five wrong tries, even for the right code after that', async () => {
    const phone = uniquePhone();
    await post('/api/v1/auth/register', { role: 'customer', phone, password: 'Kuhi-Varzob-2026', name: 'Тест' });
    const code = await lastCodeSentTo(testDb.database.db, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/v1/auth/verify', { phone, code: wrong });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('auth.code_invalid');
    }
    const right = await post('/api/v1/auth/verify', { phone, code });
    expect(right.statusCode).toBe(400);
    expect(right.json().detail).toMatch(/Too many wrong tries/);
    expect(await usersWith(phone)).toBe(0);
  });

  it('expires a code after ten minutes', async () => {
    const phone = uniquePhone();
    await post('/api/v1/auth/register', { role: 'customer', phone, password: 'Kuhi-Varzob-2026', name: 'Тест' });
    const code = await lastCodeSentTo(testDb.database.db, phone);
    clock.advance(10 * 60_000);
    const res = await post('/api/v1/auth/verify', { phone, code });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('auth.code_expired');
  });

  it('lets a code be resent after 60 s, at most 5 an hour and 10 a day per phone', async () => {
    const phone = uniquePhone();
    expect((await post('/api/v1/auth/register', { role: 'customer', phone, password: 'Kuhi-Varzob-2026', name: 'Тест' })).statusCode).toBe(
      202,
    );
    const early = await post('/api/v1/auth/resend', { phone, purpose: 'register' });
    expect(early.statusCode).toBe(429);
    expect(early.json()).toMatchObject({ code: 'rate_limited', retryAfter: 60 });
    for (let i = 2; i <= 5; i++) {
      clock.advance(61_000);
      expect((await post('/api/v1/auth/resend', { phone, purpose: 'register' })).statusCode).toBe(202);
    }
    clock.advance(61_000);
    expect((await post('/api/v1/auth/resend', { phone, purpose: 'register' })).json()).toMatchObject({
      code: 'rate_limited',
      retryAfter: 3600,
    });

    clock.advance(3_600_000);
    for (let i = 6; i <= 10; i++) {
      clock.advance(61_000);
      expect((await post('/api/v1/auth/resend', { phone, purpose: 'register' })).statusCode).toBe(202);
    }
    clock.advance(3_600_000);
    expect((await post('/api/v1/auth/resend', { phone, purpose: 'register' })).json()).toMatchObject({
      code: 'rate_limited',
      retryAfter: 86_400,
    });

    // Only the newest code works, and it still signs up with the details given first.
    clock.advance(86_400_000);
    expect((await post('/api/v1/auth/resend', { phone, purpose: 'register' })).statusCode).toBe(202);
    const verified = await post('/api/v1/auth/verify', { phone, code: await lastCodeSentTo(testDb.database.db, phone) });
    expect(verified.statusCode).toBe(200);
  });
});
