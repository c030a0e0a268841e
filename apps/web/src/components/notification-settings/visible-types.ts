import { type TNotificationType } from '@dastiyor/contracts';
import { NotificationType, alwaysEmailedTypes, smsWorthyTypes } from '@dastiyor/contracts/values';

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
  // A moderator's warning is not the person's to switch off.
  const configurable = NotificationType.filter((type) => !alwaysEmailedTypes.includes(type));
  if (role === 'customer') return configurable.filter((type) => !providerOnly.includes(type));
  if (role === 'provider') return configurable.filter((type) => !customerOnly.includes(type));
  return configurable;
}

export const smsOffered = (type: TNotificationType): boolean => smsWorthyTypes.includes(type);
