import { createHmac, timingSafeEqual } from 'node:crypto';
import { PaymentMethodIds, ZPaymentWebhookEvent } from '@dastiyor/contracts';
import { type PaymentProvider, type PaymentReport, WebhookRejected } from './payment-provider.js';

export const sandboxSignatureHeader = 'x-sandbox-signature';
export const sandboxToleranceSeconds = 300;

const sign = (secret: string, t: number, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

/** The header an acquirer would send: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export function signSandboxWebhook(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${sign(secret, t, body)}`;
}

/**
 * The sandbox acquirer for every non-production setting: its checkout page lives in our web app
 * (/payments/sandbox/:id), it offers every method, and its webhooks are signed like a real acquirer's
 * — by us, so a verified one is the whole truth and there is no bank to ask.
 */
export function createSandboxProvider(options: { secret: string; publicUrl: string }): PaymentProvider {
  return {
    name: 'sandbox',
    methods: PaymentMethodIds,
    payOrigins: [new URL(options.publicUrl).origin],
    webhookAnswer: null,
    async createPayment(payment) {
      return { redirectUrl: `${options.publicUrl}/payments/sandbox/${payment.id}` };
    },
    parseWebhook(rawBody, headers, now): PaymentReport {
      const header = headers[sandboxSignatureHeader];
      const value = Array.isArray(header) ? header[0] : header;
      const parts = Object.fromEntries((value ?? '').split(',').map((kv) => kv.split('=', 2) as [string, string]));
      const t = Number(parts.t);
      if (!Number.isInteger(t) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1))
        throw new WebhookRejected('missing or malformed signature');
      if (Math.abs(now.getTime() / 1000 - t) > sandboxToleranceSeconds)
        throw new WebhookRejected('signature timestamp outside the tolerance');
      const expected = Buffer.from(sign(options.secret, t, rawBody), 'hex');
      if (!timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'))) throw new WebhookRejected('signature mismatch');
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        throw new WebhookRejected('body is not JSON');
      }
      const event = ZPaymentWebhookEvent.safeParse(json);
      if (!event.success) throw new WebhookRejected('body is not a payment event');
      return {
        paymentId: event.data.paymentId,
        eventId: event.data.id,
        status: event.data.type === 'payment.succeeded' ? 'succeeded' : 'failed',
        amount: event.data.amount,
        currency: event.data.currency,
        transactionId: null,
        trusted: true,
      };
    },
    async refund() {
      // The sandbox holds no money; the refund is recorded by the caller.
    },
  };
}
