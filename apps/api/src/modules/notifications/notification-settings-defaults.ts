import { NotificationType, smsWorthyTypes, type TNotificationSettings, type TNotificationType } from '@dastiyor/contracts';

/**
 * Emails that would flood an inbox stay off by default: matching tasks arrive often (the in-app list and push
 * carry them) and chat has its own live view. Everything else is an event a person would want in the inbox.
 */
const emailOffByDefault: readonly TNotificationType[] = ['task.matching', 'chat.message'];

/** What a person gets before ever saving the settings page. */
export function defaultNotificationSettings(): TNotificationSettings {
  const channels = Object.fromEntries(
    NotificationType.map((type) => [type, { email: !emailOffByDefault.includes(type), sms: smsWorthyTypes.includes(type), push: true }]),
  ) as TNotificationSettings['channels'];
  return { channels, quietHours: { enabled: true, from: '22:00', to: '08:00' }, taskDigest: 'instant' };
}

/**
 * A person's stored settings over the defaults (null: never saved), so a type added after they saved
 * still has its default channels.
 */
export function withDefaultSettings(stored: TNotificationSettings | null): TNotificationSettings {
  const defaults = defaultNotificationSettings();
  if (!stored) return defaults;
  return { ...defaults, ...stored, channels: { ...defaults.channels, ...stored.channels } };
}
