import type { TPaymentWebhookEvent } from '@dastiyor/contracts';

/** Thrown when a webhook cannot be trusted (bad or stale signature, malformed body). */
export class WebhookRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WebhookRejected';
  }
}

/**
 * An acquirer. A real one is one new file implementing this plus its config; the rest of the
 * payment flow (idempotency, activation, history) does not change.
 */
export interface PaymentProvider {
  readonly name: string;
  /** Where to send the payer to pay. */
  createPayment(payment: { id: string; amount: number; currency: string; description: string }): Promise<{ redirectUrl: string }>;
  /** Verifies and parses a webhook from the raw body and headers; throws WebhookRejected. */
  parseWebhook(rawBody: string, headers: Record<string, string | string[] | undefined>, now: Date): TPaymentWebhookEvent;
  refund(paymentId: string): Promise<void>;
}
