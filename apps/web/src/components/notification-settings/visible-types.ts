import { NotificationType, smsWorthyTypes, type TNotificationType } from '@dastiyor/contracts';

// Events only one side ever receives; the rest (completion, reviews, chat) reach both.
const customerOnly: readonly TNotificationType[] = ['response.new', 'task.completion_requested'];
const providerOnly: readonly TNotificationType[] = [
  'task.matching',
  'response.selected',
  'response.not_chosen',
  'response.rejected',
  'subscription.activated',
  'subscription.expiring',
  'subscription.expired',
  'payment.succeeded',
  'payment.failed',
];

/** The events worth a row for this person; hidden ones keep their saved values (the whole object is sent back). */
export function visibleTypes(role: string): TNotificationType[] {
  if (role === 'customer') return NotificationType.filter((type) => !providerOnly.includes(type));
  if (role === 'provider') return NotificationType.filter((type) => !customerOnly.includes(type));
  return [...NotificationType];
}

export const smsOffered = (type: TNotificationType): boolean => smsWorthyTypes.includes(type);
