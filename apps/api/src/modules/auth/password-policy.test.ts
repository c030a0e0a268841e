import { describe, expect, it } from 'vitest';
import { lastCodeSentTo, signUp, uniquePhone } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { isPersonalPassword, passwordScore } from './password-policy.js';

const clock = createFakeClock();

const t = useTestApp({ clock: clock.now });

const post = (url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

/** The passwords issue 14 found accepted. */
const weakPasswords = ['password123', 'Password123', 'Qwerty123!', '12345678a', 'dastiyor123', 'Dastiyor2026'];
const strong = 'Kuhi-Varzob-2026';

function expectFieldError(res: Awaited<ReturnType<typeof post>>, path: string, code: string) {
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({ code: 'validation.failed' });
  expect(res.json().errors).toEqual([expect.objectContaining({ path, code })]);
}

describe('password strength rules', () => {
  it('scores the found passwords below 3 and a passphrase at 3 or more', () => {
    for (const password of weakPasswords) expect(passwordScore(password), password).toBeLessThan(3);
    expect(passwordScore(strong)).toBeGreaterThanOrEqual(3);
  });

  it("treats the account's email local part and phone digits as personal, whatever the separators", () => {
    expect(isPersonalPassword('Farida.Karimova!', { email: 'farida.karimova@example.tj' })).toBe(true);
    expect(isPersonalPassword('my 90-123-45-67 pw', { phone: '+992901234567' })).toBe(true);
    expect(isPersonalPassword(strong, { email: 'farida@example.tj', phone: '+992901234567' })).toBe(false);
  });
});

describe('POST /api/v1/auth/register', () => {
  it.each(weakPasswords)('should refuse %s with password_weak on body.password', async (password) => {
    const res = await post('/api/v1/auth/register', { role: 'customer', phone: uniquePhone(), password, name: 'Тест' });
    expectFieldError(res, 'body.password', 'password_weak');
  });

  it("should refuse the account's own email as its password", async () => {
    const email = `gulnora.${Date.now()}@example.tj`;
    const res = await post('/api/v1/auth/register', { role: 'customer', email, password: email, name: 'Гулнора' });
    expectFieldError(res, 'body.password', 'password_personal');
  });

  it("should refuse a password built on the account's phone number", async () => {
    const phone = uniquePhone();
    const res = await post('/api/v1/auth/register', { role: 'customer', phone, password: `Tel${phone.slice(-9)}!x`, name: 'Тест' });
    expectFieldError(res, 'body.password', 'password_personal');
  });

  it('should refuse a password over 128 characters', async () => {
    const res = await post('/api/v1/auth/register', { role: 'customer', phone: uniquePhone(), password: 'Kuhi-'.repeat(26), name: 'Тест' });
    expectFieldError(res, 'body.password', 'too_big');
  });

  it('should accept a strong passphrase', async () => {
    const res = await post('/api/v1/auth/register', { role: 'customer', phone: uniquePhone(), password: strong, name: 'Тест' });
    expect(res.statusCode).toBe(202);
  });
});

describe('POST /api/v1/auth/password/reset', () => {
  it('should refuse each weak or personal password, then accept a strong one with the same code', async () => {
    const account = await signUp(t.app, t.db, { email: `reset.weak.${Date.now()}@example.tj` });
    clock.advance(61_000);
    expect((await post('/api/v1/auth/password/forgot', { email: account.login })).statusCode).toBe(202);
    const code = await lastCodeSentTo(t.db, account.login);

    for (const password of weakPasswords) {
      expectFieldError(
        await post('/api/v1/auth/password/reset', { email: account.login, code, password }),
        'body.password',
        'password_weak',
      );
    }
    const own = await post('/api/v1/auth/password/reset', { email: account.login, code, password: account.login });
    expectFieldError(own, 'body.password', 'password_personal');

    expect((await post('/api/v1/auth/password/reset', { email: account.login, code, password: 'Iskandarkul-Lake-77' })).statusCode).toBe(
      200,
    );
  });
});

describe('POST /api/v1/me/password', () => {
  it('should refuse each weak password and the own email or phone, then accept a strong one', async () => {
    const phone = uniquePhone();
    const a = await signUp(t.app, t.db, { phone });
    const change = (newPassword: string) => post('/api/v1/me/password', { currentPassword: a.password, newPassword }, a.cookie);

    for (const password of weakPasswords) expectFieldError(await change(password), 'body.newPassword', 'password_weak');
    expectFieldError(await change(`Moy-nomer-${phone.slice(-9)}`), 'body.newPassword', 'password_personal');

    expect((await change('Pamir-Highway-2026')).statusCode).toBe(204);
    expect((await post('/api/v1/auth/login', { login: phone, password: 'Pamir-Highway-2026' })).statusCode).toBe(200);
  });
});
