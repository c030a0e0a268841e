import type { Config } from '../../config.js';
import { createAlifProvider } from './alif/alif-provider.js';
import type { PaymentProvider } from './payment-provider.js';
import { createSandboxProvider } from './sandbox-provider.js';

/**
 * The acquirers a process knows, by name (as in /payments/webhooks/:provider), and the one that takes
 * new checkouts. The sandbox exists outside production only; it keeps answering for its payments
 * when Alif takes the new ones.
 */
export function createPaymentProviders(config: Config): {
  providers: Map<string, PaymentProvider>;
  checkoutProvider: PaymentProvider | null;
} {
  const providers = new Map<string, PaymentProvider>();
  if (config.payments.sandbox) {
    providers.set('sandbox', createSandboxProvider({ secret: config.payments.sandbox.secret, publicUrl: config.publicUrl }));
  }
  if (config.payments.alif) providers.set('alif', createAlifProvider(config.payments.alif));
  return { providers, checkoutProvider: providers.get(config.payments.checkout) ?? null };
}
