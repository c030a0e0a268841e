import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lastCodeSentTo, sessionCookieOf, signUp, uniquePhone } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { users } from '../users/users.table.js';

const clock = createFakeClock();

const t = useTestApp({ clock: clock.now });

const post = (url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
const sessionsOf = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie } });
const userRow = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;

describe('POST /api/v1/me/password', () => {
  it('needs a session (401)', async () => {
    expect((await post('/api/v1/me/password', { currentPassword: 'x', newPassword: 'Pamir-Highway-2026' })).statusCode).toBe(401);
  });

  it('refuses a wrong current password or a common new one, changing nothing', async () => {
    const a = await signUp(t.app, t.db, {});
    const wrong = await post('/api/v1/me/password', { currentPassword: 'not-mine', newPassword: 'Pamir-Highway-2026' }, a.cookie);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ path: 'body.currentPassword', code: 'wrong_password' })]);
    const common = await post('/api/v1/me/password', { currentPassword: a.password, newPassword: 'qwertyuiop' }, a.cookie);
    expect(common.json().errors).toEqual([expect.objectContaining({ path: 'body.newPassword', code: 'password_weak' })]);
    expect((await post('/api/v1/auth/login', { login: a.login, password: a.password })).statusCode).toBe(200);
  });

  it('changes the password, keeps this session and ends every other', async () => {
    const a = await signUp(t.app, t.db, {});
    const other = sessionCookieOf(await post('/api/v1/auth/login', { login: a.login, password: a.password }));
    expect(
      (await post('/api/v1/me/password', { currentPassword: a.password, newPassword: 'Pamir-Highway-2026' }, a.cookie)).statusCode,
    ).toBe(204);
    expect((await sessionsOf(a.cookie)).statusCode).toBe(200);
    expect((await sessionsOf(other)).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { login: a.login, password: 'Pamir-Highway-2026' })).statusCode).toBe(200);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, a.user.id), eq(auditLog.action, 'auth.password_changed')));
    expect(audit).toHaveLength(1);
  });
});

describe('adding and changing contacts', () => {
  it('adds a phone to an email account once the code sent to it is entered', async () => {
    const a = await signUp(t.app, t.db, { email: `addphone.${Date.now()}@example.tj` });
    const phone = uniquePhone();
    const sent = await post('/api/v1/me/phone', { phone: phone.replace('+992', '8 '), currentPassword: a.password }, a.cookie);
    // "8 90…" is not a Tajik spelling; the API asks for a valid number instead of guessing.
    expect(sent.statusCode).toBe(400);
    const ok = await post('/api/v1/me/phone', { phone, currentPassword: a.password }, a.cookie);
    expect(ok.statusCode).toBe(202);
    expect((await userRow(a.user.id)).phone).toBeNull();
    const confirmed = await post('/api/v1/me/phone/confirm', { code: await lastCodeSentTo(t.db, phone) }, a.cookie);
    expect(confirmed.statusCode).toBe(200);
    const row = await userRow(a.user.id);
    expect(row.phone).toBe(phone);
    expect(row.phoneVerifiedAt).not.toBeNull();
    expect((await post('/api/v1/auth/login', { login: phone, password: a.password })).statusCode).toBe(200);
  });

  it('changes the email, audit-logged with before and after', async () => {
    const oldEmail = `old.${Date.now()}@example.tj`;
    const a = await signUp(t.app, t.db, { email: oldEmail });
    const newEmail = `new.${Date.now()}@example.tj`;
    expect((await post('/api/v1/me/email', { email: newEmail, currentPassword: a.password }, a.cookie)).statusCode).toBe(202);
    const confirmed = await post('/api/v1/me/email/confirm', { code: await lastCodeSentTo(t.db, newEmail) }, a.cookie);
    expect(confirmed.json()).toMatchObject({ email: newEmail });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, a.user.id), eq(auditLog.action, 'auth.email_changed')));
    expect(entry).toMatchObject({ before: { email: oldEmail }, after: { email: newEmail } });
  });

  it("refuses another account's contact (409) and a wrong password (400), sending nothing", async () => {
    const a = await signUp(t.app, t.db, {});
    const b = await signUp(t.app, t.db, {});
    const taken = await post('/api/v1/me/phone', { phone: b.login, currentPassword: a.password }, a.cookie);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('auth.account_exists');
    const wrong = await post('/api/v1/me/email', { email: `x.${Date.now()}@example.tj`, currentPassword: 'nope' }, a.cookie);
    expect(wrong.statusCode).toBe(400);
  });

  it('refuses a confirmation without a pending change, or with a wrong code', async () => {
    const a = await signUp(t.app, t.db, {});
    expect((await post('/api/v1/me/email/confirm', { code: '123456' }, a.cookie)).json().code).toBe('auth.code_invalid');
    const email = `pending.${Date.now()}@example.tj`;
    await post('/api/v1/me/email', { email, currentPassword: a.password }, a.cookie);
    const code = await lastCodeSentTo(t.db, email);
    const res = await post('/api/v1/me/email/confirm', { code: code === '999999' ? '111111' : '999999' }, a.cookie);
    expect(res.statusCode).toBe(400);
    expect((await userRow(a.user.id)).email).toBeNull();
  });
});
