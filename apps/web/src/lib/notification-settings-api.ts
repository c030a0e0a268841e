import { ZNotificationSettings, type TNotificationSettings } from '@dastiyor/contracts';
import { asVisitor, sessionApi } from './server-api';

/**
 * The visitor's notification settings; null when the API did not answer or answered something else. Parsed with
 * the contract's schema: the OpenAPI document keys `channels` by any string, the schema by the known types.
 */
export async function loadNotificationSettings(): Promise<TNotificationSettings | null> {
  const result = await asVisitor(sessionApi.GET('/api/v1/me/notification-settings'));
  const parsed = result.status === 'ok' ? ZNotificationSettings.safeParse(result.data) : null;
  return parsed?.success ? parsed.data : null;
}
