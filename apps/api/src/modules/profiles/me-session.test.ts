import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { wireStatements } from '../../../test/wire-statements.js';
import { sessions } from '../auth/auth.table.js';
import { multipartBody, smallPng } from '../files/test-images.js';
import { createMaintenanceService } from '../settings/maintenance.js';
import { users } from '../users/users.table.js';

// GET /me reads the session and the profile in one statement (profile-view.ts, auth's sessionWith): the same
// rules as every other route's session check must hold on that path too.

let uploadsDir: string;
beforeAll(async () => {
  uploadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-me-session-'));
});
afterAll(async () => {
  await fs.rm(uploadsDir, { recursive: true, force: true });
});
const clock = createFakeClock('2026-12-03T08:00:00Z');
const t = useTestApp({ env: () => ({ UPLOADS_DIR: uploadsDir }), clock: clock.now });

const getMe = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

async function providerWithEverything() {
  const { cookie, user } = await signUp(t.app, t.db, { role: 'provider', name: 'Зафар Назаров' });
  const cities = (await t.app.inject({ method: 'GET', url: '/api/v1/cities' })).json().items;
  const city = cities.find((c: { slug: string }) => c.slug === 'dushanbe');
  const category = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json().items[0];
  const patched = await t.app.inject({
    method: 'PATCH',
    url: '/api/v1/me',
    headers: { cookie },
    payload: {
      cityId: city.id,
      description: 'Сантехник',
      skills: ['трубы'],
      serviceCityId: city.id,
      districtIds: [city.districts[0].id],
      categoryIds: [category.children[0].id],
    },
  });
  expect(patched.statusCode).toBe(200);
  for (const url of ['/api/v1/me/avatar', '/api/v1/me/portfolio']) {
    const body = await multipartBody(await smallPng(120, 90));
    const res = await t.app.inject({
      method: url.endsWith('avatar') ? 'PUT' : 'POST',
      url,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode, url).toBeLessThan(300);
  }
  return { cookie, user, patched: patched.json() };
}

describe('GET /api/v1/me through its own session read', () => {
  it('should answer a provider with avatar, portfolio, categories and districts after ONE statement', async () => {
    const { cookie } = await providerWithEverything();
    const first = await getMe(cookie);
    expect(first.statusCode).toBe(200);
    const me = first.json();
    expect(me.avatar).not.toBeNull();
    expect(me.provider).toMatchObject({ description: 'Сантехник', skills: ['трубы'] });
    expect(me.provider.portfolio).toHaveLength(1);
    expect(me.provider.categories).toHaveLength(1);
    expect(me.provider.districts).toHaveLength(1);

    let again: Awaited<ReturnType<typeof getMe>> | undefined;
    const sent = await wireStatements(async () => {
      again = await getMe(cookie);
    });
    expect(again!.json()).toEqual(me);
    // Besides the maintenance flag, which the app caches for 2 s but tests read fresh. PGlite (no PostgreSQL
    // on the machine) sends nothing through pg.
    const own = sent.filter((text) => !/from "settings"/.test(text));
    if (t.testDb.url !== null) expect(own, own.join('\n---\n')).toHaveLength(1);
  });

  it('should answer 401 once the session is revoked, and to a blocked account', async () => {
    const a = await signUp(t.app, t.db, {});
    expect((await getMe(a.cookie)).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: a.cookie } });
    const revoked = await getMe(a.cookie);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('auth.required');

    const b = await signUp(t.app, t.db, {});
    await t.db.update(users).set({ status: 'blocked' }).where(eq(users.id, b.user.id));
    expect((await getMe(b.cookie)).statusCode).toBe(401);
  });

  it('should slide the session expiry as every route does, and answer 401 once it has expired', async () => {
    const { cookie, user } = await signUp(t.app, t.db, {});
    const [before] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    clock.advance(6 * 60_000);
    expect((await getMe(cookie)).statusCode).toBe(200);
    const [after] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(after!.lastSeenAt.getTime()).toBe(clock.now().getTime());
    expect(after!.expiresAt.getTime()).toBeGreaterThan(before!.expiresAt.getTime());

    clock.advance(31 * 86_400_000);
    expect((await getMe(cookie)).statusCode).toBe(401);
  });

  it('should let a signed-in admin read it during maintenance while others get 503', async () => {
    const customer = await signUp(t.app, t.db, {});
    const admin = await signInAdmin(t.app, t.db, clock.now());
    const maintenance = createMaintenanceService({ db: t.db, cacheMs: 0 });
    await maintenance.set({ enabled: true, message: null });
    try {
      expect((await getMe(customer.cookie)).statusCode).toBe(503);
      const res = await getMe(admin.cookie);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: admin.id, role: 'admin' });
    } finally {
      await maintenance.set({ enabled: false, message: null });
    }
  });
});
