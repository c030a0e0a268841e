import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniquePhone } from '../../../test/auth-helpers.js';
import { useTestApp } from '../../../test/use-test-app.js';

/** Real transports end to end: SMTP to a loopback mail server, SMS to a loopback HTTP gateway. */
const mails: Array<{ to: string; subject: string; text: string; html: string }> = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        mails.push({
          to: session.envelope.rcptTo[0]?.address ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: String(mail.html),
        });
        callback();
      })
      .catch(callback);
  },
});
const smsReceived: Array<{ to: string; text: string; sender: string }> = [];
const gateway = http.createServer((req, res) => {
  let raw = '';
  req
    .on('data', (c) => (raw += c))
    .on('end', () => {
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
  await new Promise<void>((r) => smtp.close(() => r()));
  await new Promise<void>((r) => gateway.close(() => r()));
});
const t = useTestApp({
  env: () => {
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const gatewayPort = (gateway.address() as AddressInfo).port;
    return {
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
      SMS_TRANSPORT: 'http',
      SMS_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/send`,
      SMS_GATEWAY_TOKEN: 'gateway-token',
    };
  },
});

describe('real transports', () => {
  it('delivers the sign-up code by SMTP as text and HTML, and the code signs up', async () => {
    const email = `smtp.${Date.now()}@example.tj`;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: { role: 'customer', email, password: 'Kuhi-Varzob-2026', name: 'Почта' },
        })
      ).statusCode,
    ).toBe(202);
    await expect.poll(() => mails.length).toBe(1);
    const mail = mails[0]!;
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe('Код подтверждения Dastiyor');
    const code = mail.text.match(/\b(\d{6})\b/)![1]!;
    expect(mail.html).toContain(code);
    const verified = await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify', payload: { email, code } });
    expect(verified.statusCode).toBe(200);
  });

  it('delivers the sign-up code through the HTTP SMS gateway, and the code signs up', async () => {
    const phone = uniquePhone();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: { role: 'provider', phone, password: 'Kuhi-Varzob-2026', name: 'СМС', locale: 'tg' },
        })
      ).statusCode,
    ).toBe(202);
    const sms = smsReceived.at(-1)!;
    expect(sms).toMatchObject({ to: phone, sender: 'Dastiyor' });
    expect(sms.text).toMatch(/^Dastiyor: рамз \d{6}/);
    const code = sms.text.match(/\b(\d{6})\b/)![1]!;
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify', payload: { phone, code } })).statusCode).toBe(200);
  });
});
