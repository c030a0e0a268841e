import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/db/client.js';
import { createOrPromoteAdmin } from '../src/modules/admin/create-admin-service.js';
import { sessionCookieOf } from './auth-helpers.js';

/** An admin made the way operators make one (the CLI's service), signed in through the API. */
export async function signInAdmin(app: FastifyInstance, db: Db, now: Date) {
  const email = `admin-${randomUUID()}@test.dastiyor.tj`;
  const password = 'Hisori-Qal-a-2026';
  const { id } = await createOrPromoteAdmin(db, { email, password, name: 'Админ' }, now);
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: email, password } });
  if (res.statusCode !== 200) throw new Error(`admin login failed: ${res.body}`);
  return { id, email, password, cookie: sessionCookieOf(res) };
}
