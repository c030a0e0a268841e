import { PaymentMethodIds } from '@dastiyor/contracts/values';

/** A payment's `method` as it is stored, mapped to a `Payments.methods.*` key; older and unknown ids included. */
export type PaymentMethodKey = (typeof PaymentMethodIds)[number] | 'sandbox' | 'card' | 'balance' | 'other';

const known = new Set<string>([...PaymentMethodIds, 'sandbox', 'card', 'balance']);

export function paymentMethodKey(method: string): PaymentMethodKey {
  return known.has(method) ? (method as PaymentMethodKey) : 'other';
}
