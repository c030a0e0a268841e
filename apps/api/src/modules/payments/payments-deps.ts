import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { PaymentProvider } from '../../platform/payments/payment-provider.js';

export interface PaymentsDeps {
  db: Db;
  clock: () => Date;
  /** Acquirers by name, as they appear in /payments/webhooks/:provider. */
  providers: Map<string, PaymentProvider>;
  /** The one used for new checkouts; null when payments are not configured (production without an acquirer). */
  checkoutProvider: PaymentProvider | null;
  /** The public origin: where a payment that needs no acquirer page sends the payer back to. */
  publicUrl: string;
  /** For a bank that did not answer; absent in tests that do not look. */
  log?: Pick<FastifyBaseLogger, 'warn' | 'info'>;
}
