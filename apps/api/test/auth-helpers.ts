import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../src/db/client.js';
import { listOutboxMessages } from '../src/platform/outbox/outbox-repository.js';

/** The six-digit code in the newest message the dev outbox holds for a destination. */
export async function lastCodeSentTo(db: Db, to: string): Promise<string> {
  const [message] = await listOutboxMessages(db, to, 1);
  const code = message?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code was sent to ${to}`);
  return code;
}

/** `name=value` of the session cookie a response set, ready for a Cookie header. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'dastiyor_session');
  if (!cookie?.value) throw new Error('no session cookie was set');
  return `dastiyor_session=${cookie.value}`;
}

let counter = 0;
/** A unique valid Tajik mobile number per call. */
export function uniquePhone(): string {
  counter += 1;
  return `+99290${String(1_000_000 + ((process.pid * 7919 + counter) % 8_999_999)).slice(-7)}`;
}

/** Signs a new account up end to end through the API and returns its cookie. */
export async function signUp(
  app: FastifyInstance,
  db: Db,
  input: { role?: 'customer' | 'provider'; email?: string; phone?: string; password?: string; name?: string },
) {
  const contact: { email: string } | { phone: string } = input.email ? { email: input.email } : { phone: input.phone ?? uniquePhone() };
  const body = {
    role: input.role ?? 'customer',
    password: input.password ?? 'Kuhi-Varzob-2026',
    name: input.name ?? 'Фарида Каримова',
    ...contact,
  };
  const registered = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
  if (registered.statusCode !== 202) throw new Error(`register failed: ${registered.body}`);
  const to = 'email' in contact ? contact.email : contact.phone;
  const verified = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify',
    payload: { ...contact, code: await lastCodeSentTo(db, to) },
  });
  if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
  return {
    cookie: sessionCookieOf(verified),
    user: verified.json().user as { id: string; role: string },
    login: to,
    password: body.password,
  };
}
