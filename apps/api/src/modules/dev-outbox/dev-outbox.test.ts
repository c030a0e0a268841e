import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/test-app.js';
import { useTestApp } from '../../../test/use-test-app.js';

const t = useTestApp();

describe('GET /api/v1/dev/outbox', () => {
  it('shows captured email and SMS for one recipient, newest first', async () => {
    await t.platform.mailer.send({ to: 'Nigora@Example.tj', subject: 'Код', text: 'Ваш код: 111111' });
    await t.platform.sms.send({ to: '+992901234567', text: 'Код: 222222' });
    await t.platform.sms.send({ to: '+992901234567', text: 'Код: 333333' });

    const mail = (await t.app.inject({ method: 'GET', url: '/api/v1/dev/outbox?to=nigora@example.tj' })).json();
    expect(mail.items).toEqual([
      { channel: 'email', to: 'nigora@example.tj', subject: 'Код', text: 'Ваш код: 111111', createdAt: expect.any(String) },
    ]);

    const sms = (await t.app.inject({ method: 'GET', url: `/api/v1/dev/outbox?to=${encodeURIComponent('+992901234567')}` })).json();
    expect(sms.items.map((i: { text: string }) => i.text)).toEqual(['Код: 333333', 'Код: 222222']);
  });

  it('does not exist in production', async () => {
    const production = await buildTestApp(t.database, {
      APP_ENV: 'production',
      DATABASE_URL: 'postgres://unused/x',
      APP_SECRET: 'k3J9vQ2mX8pL4wR7tY1uZ6nB5cD0eF2gH9',
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: 'smtp://127.0.0.1:1',
      SMS_TRANSPORT: 'http',
      SMS_GATEWAY_URL: 'http://127.0.0.1:1/sms',
      PUBLIC_URL: 'https://dastiyor.tj',
      VAPID_PUBLIC_KEY: 'BPublicKeyBase64url',
      VAPID_PRIVATE_KEY: 'privateKeyBase64url',
      PAYMENT_PROVIDER: 'alif',
      ALIF_BASE_URL: 'https://web.alif.tj',
      ALIF_TERMINAL_ID: 'terminal-1',
      ALIF_TERMINAL_PASSWORD: 'terminal-password',
    });
    try {
      const res = await production.app.inject({ method: 'GET', url: '/api/v1/dev/outbox' });
      expect(res.statusCode).toBe(404);
    } finally {
      await production.app.close();
    }
  });
});
