import { createHmac } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lastCodeSentTo, sessionCookieOf, signUp, uniquePhone } from '../../../test/auth-helpers.js';
import { createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { users } from '../users/users.table.js';
import { verificationCodes } from './auth.table.js';
import { listOutboxMessages } from '../../platform/outbox/outbox-repository.js';

const clock = createFakeClock();

const t = useTestApp({ clock: clock.now });

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers });
const codesTo = async (target: string) =>
  Number((await t.db.select({ n: count() }).from(verificationCodes).where(eq(verificationCodes.target, target)))[0]!.n);
const usersWith = async (phoneOrEmail: string) =>
  Number(
    (
      await t.db
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
    const [sms] = await listOutboxMessages(t.db, phone, 1);
    expect(sms?.text).toMatch(/^Dastiyor: код \d{6}/);

    const verified = await post('/api/v1/auth/verify', { phone, code: await lastCodeSentTo(t.db, phone) });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user).toMatchObject({ role: 'customer', name: 'Фарида', locale: 'ru' });
    const cookie = verified.cookies.find((c) => c.name === 'dastiyor_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(await usersWith(phone)).toBe(1);

    const sessions = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie: sessionCookieOf(verified) } });
    expect(sessions.json().items).toEqual([expect.objectContaining({ current: true })]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, verified.json().user.id));
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
    const [mail] = await listOutboxMessages(t.db, email.toLowerCase(), 1);
    expect(mail?.subject).toBe('Рамзи тасдиқи Dastiyor');
    const verified = await post('/api/v1/auth/verify', { email, code: await lastCodeSentTo(t.db, email.toLowerCase()) });
    expect(verified.json().user).toMatchObject({ role: 'provider', locale: 'tg' });
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
    const before = Number((await t.db.select({ n: count() }).from(verificationCodes))[0]!.n);
    const res = await post('/api/v1/auth/register', { role: 'customer', password: 'Kuhi-Varzob-2026', name: 'Тест', ...contact });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(Number((await t.db.select({ n: count() }).from(verificationCodes))[0]!.n)).toBe(before);
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
    const code = await lastCodeSentTo(t.db, phone);
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
    const code = await lastCodeSentTo(t.db, phone);
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
    const verified = await post('/api/v1/auth/verify', { phone, code: await lastCodeSentTo(t.db, phone) });
    expect(verified.statusCode).toBe(200);
  });
});

describe('code sending is atomic per destination', () => {
  const registration = (phone: string) => ({ role: 'customer', phone, password: 'Kuhi-Varzob-2026', name: 'Тест' });
  // One address per request, so the loose per-IP route limit never answers in place of the destination's.
  let ip = 0;
  const fromNewIp = () => ({ remoteAddress: `127.0.${Math.floor(++ip / 250) % 250}.${(ip % 250) + 1}` });
  const registerInParallel = (phone: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, () =>
        t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration(phone), ...fromNewIp() }),
      ),
    );

  it('sends exactly one SMS for 80 parallel sign-ups of one phone and answers the rest 429 with Retry-After', async () => {
    const phone = uniquePhone();
    const answers = await registerInParallel(phone, 80);
    const accepted = answers.filter((r) => r.statusCode === 202);
    const refused = answers.filter((r) => r.statusCode === 429);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(79);
    for (const r of refused) {
      expect(r.json().code).toBe('rate_limited');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(await listOutboxMessages(t.db, phone, 100)).toHaveLength(1);
    expect(await codesTo(phone)).toBe(1);
  });

  it('sends no more than five codes an hour to one phone, however many parallel requests come each minute', async () => {
    const phone = uniquePhone();
    let accepted = 0;
    for (let minute = 0; minute < 8; minute++) {
      const answers = await registerInParallel(phone, 10);
      const round = answers.filter((r) => r.statusCode === 202).length;
      expect(round).toBeLessThanOrEqual(1);
      expect(answers.every((r) => r.statusCode === 202 || r.statusCode === 429)).toBe(true);
      accepted += round;
      clock.advance(61_000);
    }
    expect(accepted).toBe(5);
    expect(await listOutboxMessages(t.db, phone, 100)).toHaveLength(5);
  });
});

describe('sign-up does not reveal that an account exists', () => {
  const secret = () => t.config.appSecret;
  /** The code behind a stored hash, found by trying all million: proof that even the right code is refused. */
  const codeBehind = (target: string, codeHash: string) => {
    for (let i = 0; i < 1_000_000; i++) {
      const code = String(i).padStart(6, '0');
      if (createHmac('sha256', secret()).update(`${target}:${code}`).digest('hex') === codeHash) return code;
    }
    throw new Error('no code matches the hash');
  };
  const latestRegisterCode = async (target: string) =>
    (
      await t.db
        .select()
        .from(verificationCodes)
        .where(and(eq(verificationCodes.target, target), eq(verificationCodes.purpose, 'register')))
        .orderBy(desc(verificationCodes.createdAt))
        .limit(1)
    )[0]!;

  it('answers a taken email like a new one, mails the owner a notice in their language and no code', async () => {
    const taken = `owner.${Date.now()}@example.tj`;
    const fresh = `fresh.${Date.now()}@example.tj`;
    await createUser(t.db, { email: taken, locale: 'tg', name: 'Соҳиб' });
    const body = { role: 'provider', password: 'Kuhi-Varzob-2026', name: 'Бегона' };

    const forTaken = await post('/api/v1/auth/register', { ...body, email: taken });
    const forFresh = await post('/api/v1/auth/register', { ...body, email: fresh, locale: 'tg' });
    expect(forTaken.statusCode).toBe(202);
    expect(forTaken.statusCode).toBe(forFresh.statusCode);
    expect(Object.keys(forTaken.json()).sort()).toEqual(Object.keys(forFresh.json()).sort());
    expect(forTaken.json()).toMatchObject({ channel: 'email', resendAfter: 60 });
    expect(forTaken.json().sentTo).toMatch(/^ow\*+@example\.tj$/);

    const [notice] = await listOutboxMessages(t.db, taken, 10);
    expect(notice?.subject).toBe('Кӯшиши бақайдгирӣ дар Dastiyor');
    expect(notice?.text).toMatch(/ҳисоб доред/);
    expect(notice?.text).not.toMatch(/\d{6}/);
    await expect(lastCodeSentTo(t.db, taken)).rejects.toThrow(/no code/);

    // The attempt counts against the destination's limits like any code.
    const again = await post('/api/v1/auth/register', { ...body, email: taken });
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('rate_limited');

    // Not even the code behind the stored row signs anyone up.
    const row = await latestRegisterCode(taken);
    expect(row.delivered).toBe(false);
    for (const code of [codeBehind(taken, row.codeHash), '000000', '123456']) {
      const verify = await post('/api/v1/auth/verify', { email: taken, code });
      expect(verify.statusCode).toBe(400);
      expect(verify.json().code).toBe('auth.code_invalid');
    }
    const owners = await t.db.select().from(users).where(eq(users.email, taken));
    expect(owners).toEqual([expect.objectContaining({ name: 'Соҳиб', role: 'customer' })]);
  });

  it('answers a resend for a taken phone like a real one and texts the owner the notice again', async () => {
    const { login: phone } = await signUp(t.app, t.db, { phone: uniquePhone(), name: 'Владелец' });
    clock.advance(61_000);
    expect((await post('/api/v1/auth/register', { role: 'customer', phone, password: 'Kuhi-Varzob-2026', name: 'Чужой' })).statusCode).toBe(
      202,
    );
    clock.advance(61_000);
    const resent = await post('/api/v1/auth/resend', { phone, purpose: 'register' });
    expect(resent.statusCode).toBe(202);
    expect(resent.json()).toMatchObject({ channel: 'sms', resendAfter: 60 });
    const [latest, previous] = await listOutboxMessages(t.db, phone, 10);
    for (const sms of [latest, previous]) expect(sms?.text).toMatch(/^Dastiyor: кто-то пытался зарегистрироваться с этим номером/);
    expect(latest?.text).not.toMatch(/\d{6}/);
    expect(await usersWith(phone)).toBe(1);
  });

  it('still refuses a resend where no sign-up was ever started, taken address or not', async () => {
    const { login: phone } = await signUp(t.app, t.db, { phone: uniquePhone() });
    const fresh = uniquePhone();
    const [forTaken, forFresh] = await Promise.all([
      post('/api/v1/auth/resend', { phone, purpose: 'register' }),
      post('/api/v1/auth/resend', { phone: fresh, purpose: 'register' }),
    ]);
    expect(forTaken.statusCode).toBe(400);
    expect(forTaken.json()).toMatchObject({ errors: [{ code: 'no_pending_signup' }] });
    expect(forFresh.json()).toMatchObject({ errors: [{ code: 'no_pending_signup' }] });
  });
});
