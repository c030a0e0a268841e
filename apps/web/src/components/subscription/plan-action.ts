import type { TMySubscription, TPlan } from '@dastiyor/contracts';

export type PlanAction = 'buy' | 'renew' | 'switch';

/**
 * What paying for `plan` does now: the same plan while usable renews from the end date, another plan
 * switches at once (unused paid days are credited), and with nothing usable it is a plain purchase.
 */
export function planActionFor(plan: TPlan, subscription: TMySubscription | null): PlanAction {
  if (!subscription?.canRespond || !subscription.planCode) return 'buy';
  return subscription.planCode === plan.code ? 'renew' : 'switch';
}
