// The push module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export {
  deletePushSubscriptionById,
  listPushSubscriptions,
  listPushSubscriptionsOf,
  markPushSuccess,
  recordPushOutcomes,
} from './push-subscriptions-repository.js';
export { browserCountOf } from './browser-count.js';
