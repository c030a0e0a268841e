import { z } from 'zod';
import { ZCursorQuery, ZIsoDateTime } from './common';
import { NotificationType, NotificationChannel } from './values/notifications';

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

/** A new open task that matches a provider's services and area, as the bell and the socket show it. */
export const ZMatchingTask = z.object({ id: z.uuid(), title: z.string(), publishedAt: ZIsoDateTime });
export type TMatchingTask = z.infer<typeof ZMatchingTask>;

/**
 * New-task alerts are computed from the feed, not stored per provider (decision 015): open, visible tasks that
 * match the provider's categories and area, published after the last time they marked them seen.
 */
export const ZMatchingTasksSummary = z.object({
  /** How many, up to `matchingTasksCountCap`; part of `unreadCount`. */
  count: z.number().int().nonnegative(),
  /** The count stopped at the cap: there may be more. */
  capped: z.boolean(),
  /** The newest few of them, newest first. */
  latest: z.array(ZMatchingTask),
  /** Tasks published at or before this count as seen; null when never marked (the last week then counts). */
  seenUpTo: ZIsoDateTime.nullable(),
});
export type TMatchingTasksSummary = z.infer<typeof ZMatchingTasksSummary>;

export const ZNotificationsQuery = ZCursorQuery.extend({ unread: z.stringbool().optional() });
export const ZNotificationsResponse = z.object({
  items: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  /** Unread notifications plus the new matching tasks (`matchingTasks.count`). */
  unreadCount: z.number().int().nonnegative(),
  /** Providers only (null for everyone else). */
  matchingTasks: ZMatchingTasksSummary.nullable(),
});
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponse>;

/**
 * Mark some (`ids`) or every (`all: true`, matching tasks included) notification read, or only the matching
 * tasks seen (`matchingTasks: true`); answers the new unread count.
 */
export const ZMarkNotificationsReadRequest = z
  .object({
    ids: z.array(z.uuid()).min(1).max(100).optional(),
    all: z.literal(true).optional(),
    matchingTasks: z.literal(true).optional(),
  })
  .refine((r) => [r.ids, r.all, r.matchingTasks].filter((v) => v !== undefined).length === 1, {
    message: 'Give exactly one of ids, all or matchingTasks',
    path: ['ids'],
  });
export const ZUnreadCount = z.object({ unreadCount: z.number().int().nonnegative() });
/** What marking read answers: the new count and, for a provider, the matching tasks as they now stand. */
export const ZMarkNotificationsReadResponse = ZUnreadCount.extend({ matchingTasks: ZMatchingTasksSummary.nullable() });
export type TMarkNotificationsReadResponse = z.infer<typeof ZMarkNotificationsReadResponse>;

/** Pushed on the socket at /api/v1/ws beside the chat events. */
export const ZNotificationEvent = z.object({
  type: z.literal('notification'),
  notification: ZNotification,
  unreadCount: z.number().int().nonnegative(),
});
export type TNotificationEvent = z.infer<typeof ZNotificationEvent>;

/**
 * Pushed on the socket to every connected provider a just-published task matches (one bus broadcast per task,
 * decision 015). Carries no count: the client adds it to its own unless it already knows the task.
 */
export const ZMatchingTaskEvent = z.object({ type: z.literal('matching_task'), task: ZMatchingTask });
export type TMatchingTaskEvent = z.infer<typeof ZMatchingTaskEvent>;

export type TNotificationChannel = (typeof NotificationChannel)[number];

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const ZNotificationSettings = z.object({
  /** Per event and channel; SMS stays false for types outside smsWorthyTypes. */
  channels: z.record(z.enum(NotificationType), z.object({ email: z.boolean(), sms: z.boolean(), push: z.boolean() })),
  /** SMS and push wait until the end of quiet hours (Asia/Dushanbe); email and in-app don't. */
  quietHours: z.object({ enabled: z.boolean(), from: ZClock, to: ZClock }),
  /** New matching tasks for providers: each at once, or one daily digest. */
  taskDigest: z.enum(['instant', 'daily']),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;
