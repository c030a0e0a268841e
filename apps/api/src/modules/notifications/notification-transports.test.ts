import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniquePhone } from '../../../test/auth-helpers.js';
import { createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { eventually } from '../../../test/eventually.js';
import { registerDeliveryJobs } from './delivery.js';
import { notificationSettingsOf } from './notification-settings-service.js';
import { type NotificationRecipient, notify, publishNotifications } from './notify.js';

/** Notifications over real transports: SMTP to a loopback mail server, SMS to a loopback HTTP gateway. */
interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header lines by lower-case name, as a mail app reads them. */
  headers: Map<string, string>;
}
const mails: Mail[] = [];
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
          headers: new Map(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
        });
        callback();
      })
      .catch(callback);
  },
});
const sms: Array<{ body: { to: string; text: string; sender: string }; authorization: string | undefined }> = [];
const gateway = http.createServer((req, res) => {
  let raw = '';
  req
    .on('data', (c) => (raw += c))
    .on('end', () => {
      sms.push({ body: JSON.parse(raw), authorization: req.headers.authorization });
      res.end('{"status":"queued"}');
    });
});

// 11:00 in Dushanbe: no quiet hours in the way.
const clock = createFakeClock('2026-12-01T06:00:00Z');

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
  env: () => ({
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`,
    SMS_TRANSPORT: 'http',
    SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
    SMS_GATEWAY_TOKEN: 'gateway-token',
  }),
  clock: clock.now,
});
beforeAll(async () => {
  await t.platform.jobs.start();
  await registerDeliveryJobs(t.platform.jobs, {
    db: t.db,
    mailer: t.platform.mailer,
    sms: t.platform.sms,
    push: t.platform.push,
    publicUrl: t.config.publicUrl,
    secret: t.config.appSecret,
    clock: clock.now,
  });
});
afterAll(async () => {
  await t.platform.jobs.stop();
});

async function fire(recipients: NotificationRecipient[]) {
  const rows = await notify(t.db, { clock: clock.now }, { eventKey: `test:${randomUUID()}`, recipients });
  await publishNotifications({ db: t.db, clock: clock.now, bus: t.platform.bus, log: t.app.log, jobs: t.platform.jobs }, rows);
}

describe('notifications over real transports', () => {
  it('emails a new response by SMTP (text, HTML, one-click unsubscribe header that works) and texts it through the gateway', async () => {
    const email = `resp-${randomUUID().slice(0, 8)}@example.tj`;
    const phone = uniquePhone();
    // Made directly: with real transports the sign-up code would go out by SMTP, not to the outbox signUp reads.
    const customer = await createUser(t.db, { email, emailVerifiedAt: clock.now(), phone, phoneVerifiedAt: clock.now() });

    await fire([
      { userId: customer.id, type: 'response.new', link: '/tasks/t1', params: { taskTitle: 'Починить кран', providerName: 'Бахтиёр' } },
    ]);

    const mail = await eventually(() => mails.find((m) => m.to === email), 'the email');
    expect(mail.subject).toBe('Новый отклик — Dastiyor');
    expect(mail.text).toContain('Починить кран');
    expect(mail.text).toContain(`${t.config.publicUrl}/tasks/t1`);
    expect(mail.html).toContain(`href="${t.config.publicUrl}/tasks/t1"`);
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(mail.headers.get('list-unsubscribe') ?? '')?.[1];
    expect(url).toMatch(/\/api\/v1\/notifications\/unsubscribe\?token=/);

    const text = await eventually(() => sms.find((s) => s.body.to === phone), 'the SMS');
    expect(text.authorization).toBe('Bearer gateway-token');
    expect(text.body.sender).toBe('Dastiyor');
    expect(text.body.text).toContain('Починить кран');

    // What a mail app does with the header: POST the form, no cookie, no Origin.
    const oneClick = await t.app.inject({
      method: 'POST',
      url: new URL(url!).pathname + new URL(url!).search,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect((await notificationSettingsOf(t.db, customer.id)).channels['response.new']).toMatchObject({
      email: false,
      sms: true,
    });
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/unsubscribe?token=forged',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(forged.statusCode).toBe(400);
  });
});
