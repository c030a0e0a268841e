import { describe, expect, it } from 'vitest';
import { signInAdmin } from '../../../test/admin-fixtures.js';
import { signUp } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';

const t = useTestApp();

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every /api/v1/admin/* operation the app serves, read from its own OpenAPI document. */
function adminOperations(): Array<{ method: Method; url: string }> {
  const spec = t.app.swagger() as { paths?: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths ?? {})
    .filter(([path]) => path.startsWith('/api/v1/admin/'))
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase() as Method, url: path.replace(/\{[^}]+\}/g, crypto.randomUUID()) })),
    );
}

describe('admin RBAC, generated from the route list', () => {
  it('answers 401 to guests and 403 to customers and providers on every admin route, whatever the body', async () => {
    const ops = adminOperations();
    expect(ops.length).toBeGreaterThanOrEqual(6);
    const customer = await signUp(t.app, t.db, { role: 'customer' });
    const provider = await signUp(t.app, t.db, { role: 'provider' });
    for (const op of ops) {
      const send = (cookie?: string) =>
        t.app.inject({
          method: op.method,
          url: op.url,
          headers: cookie ? { cookie } : {},
          ...(op.method === 'GET' ? {} : { payload: {} }),
        });
      const guest = await send();
      expect([op, guest.statusCode, guest.json().code]).toEqual([op, 401, 'auth.required']);
      for (const who of [customer, provider]) {
        const res = await send(who.cookie);
        expect([op, res.statusCode, res.json().code]).toEqual([op, 403, 'forbidden']);
      }
    }
  });

  it('lets an admin through (the answer is then the route’s own: 200, 400 or 404, never 401/403)', async () => {
    const admin = await signInAdmin(t.app, t.db, new Date());
    for (const op of adminOperations()) {
      const res = await t.app.inject({
        method: op.method,
        url: op.url,
        headers: { cookie: admin.cookie },
        ...(op.method === 'GET' ? {} : { payload: {} }),
      });
      expect([op, res.statusCode]).not.toEqual([op, 401]);
      expect([op, res.statusCode]).not.toEqual([op, 403]);
    }
  });
});
