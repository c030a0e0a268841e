import { smsWorthyTypes, type TFieldError, type TLocale, type TNotificationSettings, type TNotificationType } from '@dastiyor/contracts';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../auth/index.js';
import { findDeliveryContact } from './delivery-repository.js';
import { withDefaultSettings } from './notification-settings-defaults.js';
import { findNotificationSettings, upsertNotificationSettings } from './notification-settings-repository.js';
import { verifyUnsubscribeToken } from './unsubscribe-token.js';

export interface NotificationSettingsDeps {
  db: Db;
  clock: () => Date;
  /** APP_SECRET: signs the one-click unsubscribe links in emails. */
  secret: string;
}

/** One person's settings: the stored ones over the defaults. */
export async function notificationSettingsOf(db: DbOrTx, userId: string): Promise<TNotificationSettings> {
  return withDefaultSettings(await findNotificationSettings(db, userId));
}

export function getNotificationSettings(deps: NotificationSettingsDeps, auth: AuthContext): Promise<TNotificationSettings> {
  return notificationSettingsOf(deps.db, auth.user.id);
}

/** Saves the whole document; SMS may only be switched on for the types worth an SMS. */
export async function saveNotificationSettings(
  deps: NotificationSettingsDeps,
  auth: AuthContext,
  settings: TNotificationSettings,
): Promise<TNotificationSettings> {
  const errors: TFieldError[] = Object.entries(settings.channels)
    .filter(([type, channels]) => channels.sms && !smsWorthyTypes.includes(type as TNotificationType))
    .map(([type]) => ({ path: `body.channels.${type}.sms`, code: 'sms_not_available', message: 'This event is not sent by SMS' }));
  if (errors.length > 0) throw new AppError('validation.failed', 'Some events cannot be sent by SMS', { errors });
  await upsertNotificationSettings(deps.db, auth.user.id, settings, deps.clock());
  return settings;
}

/**
 * The one-click unsubscribe from an email: turns that type's email off for the token's person, no login.
 * Answers what the page needs to confirm it, or null for a forged or stale token.
 */
export async function unsubscribeEmail(
  deps: NotificationSettingsDeps,
  token: string,
): Promise<{ locale: TLocale; type: TNotificationType } | null> {
  const target = verifyUnsubscribeToken(deps.secret, token);
  if (!target) return null;
  const contact = await findDeliveryContact(deps.db, target.userId);
  if (!contact) return null;
  const settings = await notificationSettingsOf(deps.db, target.userId);
  const channels = { ...settings.channels, [target.type]: { ...settings.channels[target.type], email: false } };
  await upsertNotificationSettings(deps.db, target.userId, { ...settings, channels }, deps.clock());
  return { locale: contact.locale, type: target.type };
}
