import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verificationCodes } from './auth.table.js';
import { createUser } from '../../../test/factories.js';
import { uniquePhone } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';

/**
 * Email and SMS transports that fail: an SMTP server that never greets or refuses the connection,
 * an SMS gateway that answers 500 or never answers. A code request says `delivery_failed` within a
 * few seconds, and the failed code does not use up the destination's one-a-minute slot.
 */
type Mode = 'ok' | 'hang' | 'refuse';
let smtpMode: Mode = 'ok';
const mails: Array<{ to: string; text: string }> = [];
const smtp = new SMTPServer({
  authOptional: true,
  // The never-greeted connection is left half-open by the client; do not wait 30 s for it on close.
  closeTimeout: 200,
  disabledCommands: ['STARTTLS'],
  onConnect(_session, callback) {
    if (smtpMode === 'hang') return; // accept the TCP connection, never send the greeting
    if (smtpMode === 'refuse') return callback(Object.assign(new Error('Service not available'), { responseCode: 421 }));
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        mails.push({ to: session.envelope.rcptTo[0]?.address ?? '', text: mail.text ?? '' });
        callback();
      })
      .catch(callback);
  },
});

let gatewayMode: 'ok' | 'error' | 'hang' = 'ok';
const smsReceived: Array<{ to: string; text: string }> = [];
const hanging = new Set<http.ServerResponse>();
const gateway = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    if (gatewayMode === 'hang') return void hanging.add(res);
    if (gatewayMode === 'error') {
      res.statusCode = 500;
      return void res.end('{"error":"upstream operator down"}');
    }
    smsReceived.push(JSON.parse(raw));
    res.end('{"status":"queued"}');
  });
});

// Registered before the app's hooks: the servers listen before it is built and close after its database is dropped.
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise<void>((r) => smtp.close(() => r()));
  gateway.closeAllConnections();
  await new Promise<void>((r) => gateway.close(() => r()));
});
const t = useTestApp({
  env: () => ({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`,
    SMS_TRANSPORT: 'http',
    SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
  }),
});
beforeEach(() => {
  smtpMode = 'ok';
  gatewayMode = 'ok';
});

const register = (contact: { email: string } | { phone: string }) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role: 'customer', password: 'Kuhi-Varzob-2026', name: 'Доставка', ...contact },
  });

async function storedCodes(target: string) {
  return t.db.select().from(verificationCodes).where(eq(verificationCodes.target, target));
}

/** The answer to a failed send: 503 delivery_failed with Retry-After, never "the database is not reachable". */
function expectDeliveryFailed(res: Awaited<ReturnType<typeof register>>, elapsedMs: number) {
  expect(res.statusCode).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body.code).toBe('delivery_failed');
  expect(body.detail).not.toMatch(/database/i);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  // A 5 s budget, not nodemailer's 30 s greeting wait or 2 min connection wait.
  expect(elapsedMs).toBeLessThan(8000);
}

describe('when the SMTP server fails', () => {
  it('should answer delivery_failed within seconds when the server accepts and never greets, and let the person ask again at once', async () => {
    const email = `hang.${Date.now()}@example.tj`;
    smtpMode = 'hang';
    const started = Date.now();
    expectDeliveryFailed(await register({ email }), Date.now() - started);
    expect(await storedCodes(email)).toEqual([]);

    smtpMode = 'ok';
    expect((await register({ email })).statusCode).toBe(202);
    await expect.poll(() => mails.filter((m) => m.to === email).length).toBe(1);
    const code = mails.find((m) => m.to === email)!.text.match(/\b(\d{6})\b/)![1]!;
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify', payload: { email, code } })).statusCode).toBe(200);
  }, 20_000);

  it('should answer delivery_failed when the server refuses the session', async () => {
    const email = `refuse.${Date.now()}@example.tj`;
    smtpMode = 'refuse';
    const started = Date.now();
    expectDeliveryFailed(await register({ email }), Date.now() - started);
    expect(await storedCodes(email)).toEqual([]);
  });

  it('should answer delivery_failed for a password reset code, and send one right after', async () => {
    const user = await createUser(t.db, { email: `reset.${Date.now()}@example.tj` });
    smtpMode = 'refuse';
    const failed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password/forgot', payload: { email: user.email } });
    expect(failed.statusCode).toBe(503);
    expect(failed.json().code).toBe('delivery_failed');
    smtpMode = 'ok';
    const sent = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password/forgot', payload: { email: user.email } });
    expect(sent.statusCode).toBe(202);
    await expect.poll(() => mails.some((m) => m.to === user.email)).toBe(true);
  });
});

describe('when the SMS gateway fails', () => {
  it('should answer delivery_failed when the gateway answers 500, and send a code on an immediate retry', async () => {
    const phone = uniquePhone();
    gatewayMode = 'error';
    const started = Date.now();
    expectDeliveryFailed(await register({ phone }), Date.now() - started);
    expect(await storedCodes(phone)).toEqual([]);

    gatewayMode = 'ok';
    expect((await register({ phone })).statusCode).toBe(202);
    expect(smsReceived.filter((s) => s.to === phone)).toHaveLength(1);
  });

  it('should answer delivery_failed within seconds when the gateway never answers', async () => {
    const phone = uniquePhone();
    gatewayMode = 'hang';
    const started = Date.now();
    expectDeliveryFailed(await register({ phone }), Date.now() - started);
    expect(await storedCodes(phone)).toEqual([]);
  }, 20_000);

  it('should still hold a delivered code to the one-a-minute limit', async () => {
    const phone = uniquePhone();
    expect((await register({ phone })).statusCode).toBe(202);
    const again = await register({ phone });
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('rate_limited');
  });
});
