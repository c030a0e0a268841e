import type { TNotification, TNotificationType } from '@dastiyor/contracts';

/** Catalog keys cannot hold dots (next-intl reads them as nesting): `Notifications.text.<key>` per type. */
export const notificationTextKey = {
  'task.matching': 'taskMatching',
  'response.new': 'responseNew',
  'response.selected': 'responseSelected',
  'response.not_chosen': 'responseNotChosen',
  'response.rejected': 'responseRejected',
  'task.completion_requested': 'taskCompletionRequested',
  'task.completed': 'taskCompleted',
  'review.new': 'reviewNew',
  'chat.message': 'chatMessage',
  'subscription.activated': 'subscriptionActivated',
  'subscription.expiring': 'subscriptionExpiring',
  'subscription.expired': 'subscriptionExpired',
  'payment.succeeded': 'paymentSucceeded',
  'payment.failed': 'paymentFailed',
  'account.warning': 'accountWarning',
} as const satisfies Record<TNotificationType, string>;

export type NotificationTextKey = (typeof notificationTextKey)[TNotificationType];

/**
 * The values a text may use. A notification written before a param existed still reads sensibly: names and
 * titles fall back to empty and numbers to 0 instead of breaking the whole message.
 */
export function notificationTextValues(notification: TNotification): Record<string, string | number> {
  const { params } = notification;
  const text = (name: string) => (typeof params[name] === 'string' ? params[name] : '');
  const number = (name: string) => (typeof params[name] === 'number' ? params[name] : 0);
  return {
    taskTitle: text('taskTitle'),
    providerName: text('providerName'),
    customerName: text('customerName'),
    senderName: text('senderName'),
    planName: text('planName'),
    rating: number('rating'),
    daysLeft: number('daysLeft'),
    message: text('message'),
  };
}

/** The app path a notification opens; anything that is not a plain in-app path goes to the list itself. */
export function notificationHref(notification: TNotification): string {
  return notification.link.startsWith('/') && !notification.link.startsWith('//') ? notification.link : '/notifications';
}
