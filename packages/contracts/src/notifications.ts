import { z } from 'zod';
import { ZCursorQuery, ZIsoDateTime } from './common';

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
] as const;
export type TNotificationType = (typeof NotificationType)[number];

export const ZNotification = z.object({
  id: z.uuid(),
  type: z.enum(NotificationType),
  /** Where a click goes: an app path without the locale prefix, e.g. `/tasks/<id>`. */
  link: z.string(),
  /**
   * What the text needs (task title, a person's name, days left…): only what the recipient may see,
   * never a task's address or anyone's contacts.
   */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  createdAt: ZIsoDateTime,
  readAt: ZIsoDateTime.nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationsQuery = ZCursorQuery.extend({ unread: z.stringbool().optional() });
export const ZNotificationsResponse = z.object({
  items: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().nonnegative(),
});
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponse>;

/** Mark some (`ids`) or every (`all: true`) notification read; answers the new unread count. */
export const ZMarkNotificationsReadRequest = z
  .object({ ids: z.array(z.uuid()).min(1).max(100).optional(), all: z.literal(true).optional() })
  .refine((r) => (r.ids === undefined) !== (r.all === undefined), { message: 'Give ids or all, not both', path: ['ids'] });
export const ZUnreadCount = z.object({ unreadCount: z.number().int().nonnegative() });

/** Pushed on the socket at /api/v1/ws beside the chat events. */
export const ZNotificationEvent = z.object({
  type: z.literal('notification'),
  notification: ZNotification,
  unreadCount: z.number().int().nonnegative(),
});
export type TNotificationEvent = z.infer<typeof ZNotificationEvent>;
