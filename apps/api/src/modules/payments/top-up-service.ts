import type { TTopUpRequest } from '@dastiyor/contracts';
import type { RequestOrigin } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { assertBalanceHolder } from '../balance/index.js';
import { payThroughAcquirer } from './acquirer-checkout.js';
import type { PaymentsDeps } from './payments-deps.js';

/** A pending top-up payment through the acquirer; its confirmed success credits the ledger once. */
export function checkoutTopUp(deps: PaymentsDeps, auth: AuthContext, input: TTopUpRequest, origin: RequestOrigin) {
  assertBalanceHolder(auth);
  const what = {
    purpose: 'top_up' as const,
    planId: null,
    amount: input.amount,
    description: 'Dastiyor: пополнение баланса',
    meta: { purpose: 'top_up' },
  };
  return payThroughAcquirer(deps, auth.user.id, what, input.method, origin);
}
