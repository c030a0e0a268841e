import type { TNotification, TNotificationType } from '@dastiyor/contracts';
import type { NotificationRow } from './notifications.table.js';

export function presentNotification(row: NotificationRow): TNotification {
  return {
    id: row.id,
    // Written only by notify(), which takes a TNotificationType.
    type: row.type as TNotificationType,
    link: row.link,
    params: row.params,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
