import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../../test/admin-fixtures.js';
import { signUp } from '../../../../test/auth-helpers.js';
import { createFakeClock } from '../../../../test/fake-clock.js';
import { useTestApp } from '../../../../test/use-test-app.js';
import { auditLog } from '../../audit/audit.table.js';

let admin: { id: string; email: string; password: string; cookie: string };
const clock = createFakeClock('2030-03-10T10:00:00Z');

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  admin = await signInAdmin(t.app, t.db, clock.now());
});

const inject = (method: 'GET' | 'PUT' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { 'user-agent': 'vitest', ...(cookie ? { cookie } : {}) } });
const put = (cookie: string | undefined, maintenance: object) => inject('PUT', '/api/v1/admin/settings', cookie, { maintenance });
const notice = { ru: 'Обновляем сервис до 14:00', tg: 'Хизматро то 14:00 навсозӣ мекунем' };
const audits = (action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.actorId, admin.id)));

describe('GET and PUT /admin/settings', () => {
  it('answers 401 to a guest and 403 to a customer or a provider, and changes nothing for them', async () => {
    expect((await inject('GET', '/api/v1/admin/settings')).statusCode).toBe(401);
    expect((await put(undefined, { enabled: true })).statusCode).toBe(401);
    for (const role of ['customer', 'provider'] as const) {
      const who = await signUp(t.app, t.db, { role });
      expect((await inject('GET', '/api/v1/admin/settings', who.cookie)).statusCode).toBe(403);
      expect((await put(who.cookie, { enabled: true })).statusCode).toBe(403);
    }
    expect((await inject('GET', '/api/v1/admin/settings', admin.cookie)).json()).toEqual({
      maintenance: { enabled: false, message: null },
    });
  });

  it('refuses a body without a flag or with a message too long (400)', async () => {
    const missing = await inject('PUT', '/api/v1/admin/settings', admin.cookie, { maintenance: { message: null } });
    expect(missing.json()).toMatchObject({ status: 400, errors: [{ path: 'body.maintenance.enabled' }] });
    expect((await put(admin.cookie, { enabled: true, message: { ru: 'x'.repeat(501), tg: 'x' } })).statusCode).toBe(400);
    // One language only: a Tajik page would show a Russian notice.
    const half = await put(admin.cookie, { enabled: true, message: { ru: 'Обновляем сервис', tg: '  ' } });
    expect(half.json()).toMatchObject({ status: 400, errors: [{ path: 'body.maintenance.message.tg' }] });
    expect((await inject('GET', '/api/v1/admin/settings', admin.cookie)).json().maintenance.enabled).toBe(false);
  });

  it('switches maintenance on: others get 503 with the message, the admin still works and can sign in; audited with before and after', async () => {
    const customer = await signUp(t.app, t.db, { role: 'customer' });
    const on = await put(admin.cookie, {
      enabled: true,
      message: { ru: '  Обновляем сервис до 14:00 ', tg: 'Хизматро то 14:00 навсозӣ мекунем' },
    });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toEqual({ maintenance: { enabled: true, message: notice } });
    expect((await inject('GET', '/api/v1/admin/settings', admin.cookie)).json()).toEqual(on.json());
    expect((await inject('GET', '/api/v1/health')).json().maintenance).toEqual({ enabled: true, message: notice });

    const refused = await inject('GET', '/api/v1/me', customer.cookie);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('300');
    expect(refused.json()).toMatchObject({ code: 'maintenance', detail: 'Обновляем сервис до 14:00' });
    expect((await inject('GET', '/api/v1/categories')).statusCode).toBe(503);
    expect((await inject('POST', '/api/v1/auth/register', undefined, { role: 'customer' })).statusCode).toBe(503);

    // The admin passes everywhere, their panel included, and can sign in again.
    expect((await inject('GET', '/api/v1/me', admin.cookie)).json()).toMatchObject({ id: admin.id, role: 'admin' });
    expect((await inject('GET', '/api/v1/categories', admin.cookie)).statusCode).toBe(200);
    expect((await inject('GET', '/api/v1/admin/stats', admin.cookie)).statusCode).toBe(200);
    const login = await inject('POST', '/api/v1/auth/login', undefined, { login: admin.email, password: admin.password });
    expect(login.statusCode).toBe(200);

    const [entry] = await audits('admin.maintenance_on');
    expect(entry).toMatchObject({
      targetType: 'settings',
      userAgent: 'vitest',
      before: { maintenance: { enabled: false, message: null } },
      after: { maintenance: { enabled: true, message: notice } },
    });
  });

  it('switches it off again (an empty message becomes none): everyone is served; audited', async () => {
    const off = await put(admin.cookie, { enabled: false, message: { ru: '', tg: '' } });
    expect(off.json()).toEqual({ maintenance: { enabled: false, message: null } });
    expect((await inject('GET', '/api/v1/categories')).statusCode).toBe(200);
    const [entry] = await audits('admin.maintenance_off');
    expect(entry).toMatchObject({
      before: { maintenance: { enabled: true, message: notice } },
      after: { maintenance: { enabled: false, message: null } },
    });
  });
});
