import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { catalogs } from './catalogs.js';
import { e2e } from './context.js';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface AdminAccount {
  id: string;
  email: string;
  password: string;
  name: string;
}

/**
 * An admin made the way operators make one: the built `admin:create` CLI against the journey's database.
 * Needs PostgreSQL (`e2e.databaseUrl`): the embedded PGlite database admits one process, the running app.
 */
export function createAdminAccount(name = 'Администратор'): AdminAccount {
  if (!e2e?.databaseUrl) throw new Error('creating an admin needs the journey to run on PostgreSQL');
  const email = `admin-${randomUUID().slice(0, 8)}@example.tj`;
  const password = `Admin-${randomUUID().slice(0, 12)}`;
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'apps/api/dist/admin-create.js'), '--email', email, '--password', password, '--name', name],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, APP_ENV: 'development', DATABASE_URL: e2e.databaseUrl, LOG_LEVEL: 'warn' },
      timeout: 60_000,
    },
  );
  if (run.status !== 0) throw new Error(`admin:create exited with ${run.status}: ${run.stderr || run.stdout}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  const { adminId } = JSON.parse(line) as { adminId: string };
  return { id: adminId, email, password, name };
}

/**
 * Through the login page, as a person does: a guest sent from the admin panel signs in (in Russian), lands in the
 * panel (the admin layout sends guests back to /admin), then opens the users section.
 */
export async function logInAsAdmin(page: Page, admin: Pick<AdminAccount, 'email' | 'password'>): Promise<void> {
  const t = catalogs.ru;
  await page.goto('/admin/users');
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel(t.Auth.login.loginLabel, { exact: true }).fill(admin.email);
  await page.getByLabel(t.Auth.login.passwordLabel, { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: t.Auth.login.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin'));
  await page.goto('/admin/users');
}
