import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { users } from '../users/users.table.js';
import { AdminInputError, createOrPromoteAdmin } from './create-admin-service.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const t = useTestApp();

const login = (loginName: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: loginName, password } });

describe('admin:create', () => {
  it('creates an admin who can sign in and reach admin routes; audited', async () => {
    const now = new Date();
    const { id, created } = await createOrPromoteAdmin(
      t.db,
      { email: 'Boss@Test.Dastiyor.tj', phone: '+992 93 555 01 02', password: 'Pomir-Baland-2026' },
      now,
    );
    expect(created).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ role: 'admin', email: 'boss@test.dastiyor.tj', phone: '+992935550102' });
    const res = await login('+992935550102', 'Pomir-Baland-2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dastiyor_session')!;
    const plans = await t.app.inject({ method: 'GET', url: '/api/v1/admin/plans', headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(plans.statusCode).toBe(200);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.created'), eq(auditLog.targetId, id)));
    expect(audits).toHaveLength(1);
  });

  it('promotes an existing account (new password, role admin) and refuses bad input', async () => {
    const customer = await signUp(t.app, t.db, { email: 'promote-me@test.dastiyor.tj' });
    const { id, created } = await createOrPromoteAdmin(
      t.db,
      { email: 'promote-me@test.dastiyor.tj', password: 'Zarafshon-River-77' },
      new Date(),
    );
    expect([id, created]).toEqual([customer.user.id, false]);
    expect((await login('promote-me@test.dastiyor.tj', 'Zarafshon-River-77')).json().user.role).toBe('admin');
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.promoted'), eq(auditLog.targetId, id)));
    expect(audit?.meta).toMatchObject({ previousRole: 'customer', via: 'cli' });

    const db = t.db;
    const now = new Date();
    await expect(createOrPromoteAdmin(db, { password: 'Long-enough-pass-1' }, now)).rejects.toBeInstanceOf(AdminInputError);
    await expect(createOrPromoteAdmin(db, { email: 'x@test.dastiyor.tj', password: 'short' }, now)).rejects.toBeInstanceOf(AdminInputError);
    await expect(createOrPromoteAdmin(db, { email: 'x@test.dastiyor.tj', password: 'qwertyuiop' }, now)).rejects.toBeInstanceOf(
      AdminInputError,
    );
    await expect(createOrPromoteAdmin(db, { phone: '12', password: 'Long-enough-pass-1' }, now)).rejects.toBeInstanceOf(AdminInputError);
  });

  it('works as a command against the configured database', async () => {
    if (!t.testDb.url) return; // PGlite in memory: no second process can reach it
    const { stdout } = await promisify(execFile)(
      path.join(apiRoot, '../../node_modules/.bin/tsx'),
      ['src/cli/admin-create.ts', '--email', 'cli-admin@test.dastiyor.tj', '--password', 'Kulob-Dangara-2026'],
      { cwd: apiRoot, env: { ...process.env, APP_ENV: 'test', DATABASE_URL: t.testDb.url, LOG_LEVEL: 'silent' } },
    );
    expect(JSON.parse(stdout)).toMatchObject({ created: true });
    expect((await login('cli-admin@test.dastiyor.tj', 'Kulob-Dangara-2026')).json().user.role).toBe('admin');
  }, 60_000);
});
