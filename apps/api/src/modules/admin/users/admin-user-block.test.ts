import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { sessionCookieOf, signUp } from '../../../../test/auth-helpers.js';
import { createTask, createUser } from '../../../../test/factories.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { auditLog } from '../../audit/audit.table.js';
import { providerProfiles } from '../../profiles/profiles.table.js';
import { sessions } from '../../auth/auth.table.js';
import { tasks } from '../../tasks/tasks.table.js';
import { users } from '../../users/users.table.js';

let admin: { id: string; cookie: string };
const clock = createFakeClock('2026-12-01T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const inject = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const block = (id: string, reason: string, cookie = admin.cookie) => inject('POST', `/api/v1/admin/users/${id}/block`, cookie, { reason });
const unblock = (id: string, cookie = admin.cookie) => inject('POST', `/api/v1/admin/users/${id}/unblock`, cookie);
const feedIds = async () => ((await inject('GET', '/api/v1/tasks?limit=50')).json().items as Array<{ id: string }>).map((task) => task.id);
const auditsOf = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
const taskRow = async (id: string) => (await t.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

describe('POST /api/v1/admin/users/:id/block', () => {
  it('should answer 401 to a guest, 403 to a customer, 404 for an unknown account and 400 without a reason', async () => {
    const customer = await signUp(t.app, t.db, {});
    expect((await block(customer.user.id, 'Спам в заданиях', '')).statusCode).toBe(401);
    expect((await block(customer.user.id, 'Спам в заданиях', customer.cookie)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await block(randomUUID(), 'Спам в заданиях')).json()).toMatchObject({ status: 404, code: 'not_found' });
    const bad = await block(customer.user.id, '');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.reason']);
    expect((await inject('GET', '/api/v1/me', customer.cookie)).statusCode).toBe(200);
  });

  it('should end every session of the account at once and refuse its next login with auth.blocked', async () => {
    const customer = await signUp(t.app, t.db, {});
    const login = await inject('POST', '/api/v1/auth/login', undefined, { login: customer.login, password: customer.password });
    const second = sessionCookieOf(login);
    expect((await inject('GET', '/api/v1/me', second)).statusCode).toBe(200);

    const res = await block(customer.user.id, 'Мошенничество');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: customer.user.id, status: 'blocked', blockedAt: clock.now().toISOString() });

    for (const cookie of [customer.cookie, second]) expect((await inject('GET', '/api/v1/me', cookie)).statusCode).toBe(401);
    const live = await t.db.select().from(sessions).where(eq(sessions.userId, customer.user.id));
    expect(live.map((s) => s.revokedAt?.toISOString())).toEqual(live.map(() => clock.now().toISOString()));
    const again = await inject('POST', '/api/v1/auth/login', undefined, { login: customer.login, password: customer.password });
    expect(again.json()).toMatchObject({ status: 403, code: 'auth.blocked' });
  });

  it('should hide only the open tasks, out of the feed and their pages, and write the audit entry in the same change', async () => {
    const db = t.db;
    const customer = await signUp(t.app, db, {});
    const stranger = await signUp(t.app, db, {});
    const open = await createTask(db, customer.user.id, { publishedAt: clock.now() });
    const draft = await createTask(db, customer.user.id, { status: 'draft', publishedAt: null });
    const working = await createTask(db, customer.user.id, { status: 'in_progress', publishedAt: clock.now() });
    const hiddenByAdmin = await createTask(db, customer.user.id, {
      publishedAt: clock.now(),
      hiddenAt: clock.now(),
      hiddenCause: 'admin',
      hiddenReason: 'Контакты в тексте',
    });
    expect(await feedIds()).toContain(open.id);

    const res = await block(customer.user.id, 'Спам в заданиях');
    expect(res.json().tasksAffected).toBe(1);
    expect(await taskRow(open.id)).toMatchObject({ hiddenAt: clock.now(), hiddenCause: 'owner_blocked', hiddenReason: 'Спам в заданиях' });
    for (const untouched of [draft, working]) expect((await taskRow(untouched.id)).hiddenAt).toBeNull();
    expect(await taskRow(hiddenByAdmin.id)).toMatchObject({ hiddenCause: 'admin', hiddenReason: 'Контакты в тексте' });
    expect(await feedIds()).not.toContain(open.id);
    expect((await inject('GET', `/api/v1/tasks/${open.id}`, stranger.cookie)).statusCode).toBe(404);
    expect((await inject('GET', `/api/v1/tasks/${open.id}`)).statusCode).toBe(404);

    const [entry] = await auditsOf('user.block', customer.user.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      targetType: 'user',
      before: { status: 'active', blockedAt: null, blockReason: null },
      after: { status: 'blocked', blockedAt: clock.now().toISOString(), blockReason: 'Спам в заданиях' },
      meta: { reason: 'Спам в заданиях', hiddenTaskIds: [open.id] },
      ip: expect.any(String),
    });
  });

  it('should answer 409 for an account already blocked and 403 for an admin, changing nothing', async () => {
    const customer = await createUser(t.db);
    expect((await block(customer.id, 'Первый раз')).statusCode).toBe(200);
    expect((await block(customer.id, 'Второй раз')).json()).toMatchObject({ status: 409, code: 'conflict' });
    expect(await auditsOf('user.block', customer.id)).toHaveLength(1);

    const other = await signInAdmin(t.app, t.db, clock.now());
    expect((await block(other.id, 'Попытка')).json()).toMatchObject({ status: 403, code: 'forbidden' });
    const [row] = await t.db.select().from(users).where(eq(users.id, other.id));
    expect(row!.status).toBe('active');
    expect((await inject('GET', '/api/v1/me', other.cookie)).statusCode).toBe(200);
  });
});

describe('POST /api/v1/admin/users/:id/unblock', () => {
  it('should answer 401, 403, 404, and 409 for an account that is not blocked', async () => {
    const customer = await signUp(t.app, t.db, {});
    expect((await unblock(customer.user.id, '')).statusCode).toBe(401);
    expect((await unblock(customer.user.id, customer.cookie)).statusCode).toBe(403);
    expect((await unblock(randomUUID())).statusCode).toBe(404);
    expect((await unblock(customer.user.id)).json()).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('should let the account sign in again and show again only the tasks the block hid, with an audit entry', async () => {
    const db = t.db;
    const customer = await signUp(t.app, db, {});
    const open = await createTask(db, customer.user.id, { publishedAt: clock.now() });
    const hiddenByAdmin = await createTask(db, customer.user.id, {
      publishedAt: clock.now(),
      hiddenAt: clock.now(),
      hiddenCause: 'admin',
      hiddenReason: 'Контакты в тексте',
    });
    await block(customer.user.id, 'Проверка');
    clock.advance(60_000);

    const res = await unblock(customer.user.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { status: 'active', blockedAt: null }, tasksAffected: 1 });
    expect(await taskRow(open.id)).toMatchObject({ hiddenAt: null, hiddenCause: null, hiddenReason: null });
    expect(await taskRow(hiddenByAdmin.id)).toMatchObject({ hiddenCause: 'admin' });
    expect(await feedIds()).toContain(open.id);
    expect(await feedIds()).not.toContain(hiddenByAdmin.id);

    const login = await inject('POST', '/api/v1/auth/login', undefined, { login: customer.login, password: customer.password });
    expect(login.statusCode).toBe(200);
    // The sessions the block ended stay ended.
    expect((await inject('GET', '/api/v1/me', customer.cookie)).statusCode).toBe(401);

    const [entry] = await auditsOf('user.unblock', customer.user.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      before: { status: 'blocked', blockReason: 'Проверка' },
      after: { status: 'active', blockedAt: null, blockReason: null },
      meta: { shownTaskIds: [open.id] },
    });
  });
});

describe('POST /api/v1/admin/users/:id/verify and /unverify', () => {
  const verify = (id: string, cookie = admin.cookie) => inject('POST', `/api/v1/admin/users/${id}/verify`, cookie);
  const unverify = (id: string, cookie = admin.cookie) => inject('POST', `/api/v1/admin/users/${id}/unverify`, cookie);

  it('should answer 401, 403 and 404, and 409 for a customer or an admin', async () => {
    const customer = await signUp(t.app, t.db, {});
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    for (const send of [verify, unverify]) {
      expect((await send(provider.user.id, '')).statusCode).toBe(401);
      expect((await send(provider.user.id, provider.cookie)).statusCode).toBe(403);
      expect((await send(randomUUID())).statusCode).toBe(404);
      const res = await send(customer.user.id);
      expect(res.json()).toMatchObject({ status: 409, code: 'conflict', detail: 'Only providers can be verified' });
      expect((await send(admin.id)).statusCode).toBe(409);
    }
  });

  it('should mark a provider who never edited a profile verified, show the badge publicly, and take it back', async () => {
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    const publicPage = async () => (await inject('GET', `/api/v1/providers/${provider.user.id}`)).json();
    expect((await publicPage()).verified).toBe(false);

    const res = await verify(provider.user.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: provider.user.id, verified: true });
    const [profile] = await t.db.select().from(providerProfiles).where(eq(providerProfiles.userId, provider.user.id));
    expect(profile!.verifiedAt).toEqual(clock.now());
    expect((await publicPage()).verified).toBe(true);
    expect((await inject('GET', `/api/v1/admin/users?q=${provider.login.slice(1)}`, admin.cookie)).json().items[0].verified).toBe(true);
    expect((await verify(provider.user.id)).statusCode).toBe(409);
    expect(await auditsOf('user.verify', provider.user.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, before: { verifiedAt: null }, after: { verifiedAt: clock.now().toISOString() } }),
    ]);

    expect((await unverify(provider.user.id)).json()).toMatchObject({ verified: false });
    expect((await publicPage()).verified).toBe(false);
    expect((await unverify(provider.user.id)).statusCode).toBe(409);
    expect(await auditsOf('user.unverify', provider.user.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, before: { verifiedAt: clock.now().toISOString() }, after: { verifiedAt: null } }),
    ]);
  });
});
