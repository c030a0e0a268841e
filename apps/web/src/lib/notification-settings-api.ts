import { ZNotificationSettings, type TNotificationSettings } from '@dastiyor/contracts';
import { getWithSession } from './session-api';

export const notificationSettingsPath = '/api/v1/me/notification-settings';

/** The visitor's notification settings; null when the API did not answer or answered something else. */
export async function loadNotificationSettings(): Promise<TNotificationSettings | null> {
  const result = await getWithSession<TNotificationSettings>(
    notificationSettingsPath,
    (body) => ZNotificationSettings.safeParse(body).success,
  );
  return result.status === 'ok' ? result.data : null;
}
