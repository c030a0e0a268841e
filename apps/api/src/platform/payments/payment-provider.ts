import type { TPaymentMethodId } from '@dastiyor/contracts';

/** Thrown when a webhook cannot be trusted (bad or stale signature, malformed body). */
export class WebhookRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WebhookRejected';
  }
}

/**
 * The acquirer refused or could not be reached: nothing was started, checked or refunded. `refused`
 * is the bank's own answer (a message an operator can look up); otherwise it was a timeout, a
 * network error or an answer we could not read.
 */
export class AcquirerUnavailable extends Error {
  constructor(
    reason: string,
    readonly refused = false,
  ) {
    super(reason);
    this.name = 'AcquirerUnavailable';
  }
}

/** What the bank says about a payment: our words, whatever its own vocabulary. */
export type AcquirerStatus = 'pending' | 'succeeded' | 'failed' | 'refunded' | 'unknown';

/** A payment as we asked the acquirer to take it. Amount in diram. */
export interface PaymentOrder {
  id: string;
  amount: number;
  currency: string;
}

/**
 * The outcome an acquirer reports for one payment. `trusted`: verified end to end (the sandbox's own
 * signed event); otherwise it is only a hint that the acquirer's status call must confirm.
 */
export interface PaymentReport {
  paymentId: string;
  /** Unique per distinct event: the same report delivered twice has the same id. */
  eventId: string;
  status: AcquirerStatus;
  /** Diram, when the report names one. */
  amount: number | null;
  currency: string | null;
  transactionId: string | null;
  trusted: boolean;
}

/** The acquirer's answer to "what happened to this payment?". */
export interface PaymentCheck {
  status: AcquirerStatus;
  amount: number | null;
  currency: string | null;
  transactionId: string | null;
}

/**
 * An acquirer. A real one is one adapter implementing this plus its settings; the payment flow
 * (idempotency, activation, reconciliation, history, refunds) does not change.
 */
export interface PaymentProvider {
  readonly name: string;
  /** What a payer may choose here, in the order to offer them. */
  readonly methods: readonly TPaymentMethodId[];
  /** Origins the payer may be sent to (the acquirer's hosted page): nothing else is ever followed. */
  readonly payOrigins: readonly string[];
  /** Where to send the payer to pay. Throws AcquirerUnavailable. */
  createPayment(
    order: PaymentOrder & {
      method: TPaymentMethodId;
      description: string;
      /** Where the payer comes back to, whatever happened. */
      returnUrl: string;
      /** Where the acquirer posts its notice. */
      callbackUrl: string;
      email: string | null;
      phone: string | null;
    },
  ): Promise<{ redirectUrl: string }>;
  /** Reads a webhook from the raw body and headers; throws WebhookRejected when it cannot be trusted even as a hint. */
  parseWebhook(rawBody: string, headers: Record<string, string | string[] | undefined>, now: Date): PaymentReport;
  /**
   * Asks the acquirer what happened; absent where there is no one to ask (the sandbox: its signed
   * event is the whole truth). Throws AcquirerUnavailable.
   */
  checkPayment?(order: PaymentOrder & { transactionId: string | null }): Promise<PaymentCheck>;
  /** Gives the money back. Throws AcquirerUnavailable when the acquirer refuses or cannot be reached. */
  refund(order: PaymentOrder & { transactionId: string | null }): Promise<void>;
  /** What the acquirer answers a webhook with, once it is stored. */
  readonly webhookAnswer: { contentType: string; body: string } | null;
}
