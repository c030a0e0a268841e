// The subscriptions module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export { grantByAdmin, revokeByAdmin } from './admin-periods-service.js';
export { createPlan, listAllPlans, updatePlan } from './plans-admin-service.js';
export { findPriorityProviders, holdsPriorityAt } from './priority-providers.js';
export { periodStatusIs, periodStatusOf } from './period-status.js';
export { claimUnprocessedEvents, markEventsProcessed, recordSubscriptionEvent } from './subscription-events-repository.js';
export type { SubscriptionEventRow } from './subscription-events-repository.js';
export {
  findPeriodByPayment,
  findPlanById,
  findPlansByIds,
  lockProviderSubscription,
  setPeriodRevoked,
} from './subscriptions-repository.js';
export { grantPeriod, subscriptionStateOf } from './subscriptions-service.js';
export type { PlanRow } from './plans.table.js';
