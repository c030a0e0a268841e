// Plain values of the notifications contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** Every event a person is told about (issue 7, seed §9). The web words each from the ru/tg catalogs. */
export const NotificationType = [
  'task.matching',
  'response.new',
  'response.selected',
  'response.not_chosen',
  'response.rejected',
  'task.completion_requested',
  'task.completed',
  'review.new',
  'chat.message',
  'subscription.activated',
  'subscription.expiring',
  'subscription.expired',
  'payment.succeeded',
  'payment.failed',
  'account.warning',
] as const;
export type TNotificationType = (typeof NotificationType)[number];

/** The matching count stops here (an indexed LIMIT query); the web shows anything past 99 as "99+". */
export const matchingTasksCountCap = 100;

/** Channels besides in-app, which is always on. */
export const NotificationChannel = ['email', 'sms', 'push'] as const;

/** SMS costs money: only events worth it to the recipient may go by SMS (codes are sent apart). */
export const smsWorthyTypes: readonly TNotificationType[] = ['response.new', 'response.selected', 'subscription.expiring'];

/** A moderator's warning reaches the person in-app and by email whatever their settings say; not on the settings page. */
export const alwaysEmailedTypes: readonly TNotificationType[] = ['account.warning'];
