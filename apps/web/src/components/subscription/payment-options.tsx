'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';
import type { TPaymentMethodId, TPaymentMethodsResponse } from '@dastiyor/contracts';

interface PaymentOptions {
  /** What the terminal takes, in the order to offer; empty when payments are not configured (or unreadable). */
  methods: readonly TPaymentMethodId[];
  /** Origins a checkout answer may send the payer to; anything else is refused (use-payment-page.ts). */
  payOrigins: readonly string[];
  /** The way to pay the plan cards buy with, shared by every card's button. */
  planMethod: TPaymentMethodId | null;
  setPlanMethod: (method: TPaymentMethodId) => void;
}

const noOptions: PaymentOptions = { methods: [], payOrigins: [], planMethod: null, setPlanMethod: () => undefined };
const PaymentOptionsContext = createContext<PaymentOptions>(noOptions);

/**
 * The payment methods the page read on the server (`GET /payments/methods`), for the plan cards' shared method
 * choice, the top-up form and the redirect check. `options` is null when the API could not be read.
 */
export function PaymentOptionsProvider({ options, children }: { options: TPaymentMethodsResponse | null; children: ReactNode }) {
  const methods = options?.methods ?? [];
  const [planMethod, setPlanMethod] = useState<TPaymentMethodId | null>(methods[0] ?? null);
  return (
    <PaymentOptionsContext.Provider value={{ methods, payOrigins: options?.payOrigins ?? [], planMethod, setPlanMethod }}>
      {children}
    </PaymentOptionsContext.Provider>
  );
}

export function usePaymentOptions(): PaymentOptions {
  return useContext(PaymentOptionsContext);
}
