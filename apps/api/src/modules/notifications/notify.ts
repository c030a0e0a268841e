import type { TNotificationEvent, TNotificationType } from '@dastiyor/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, DbOrTx } from '../../db/client.js';
import type { NotificationParams, NotificationRow } from './notifications.table.js';
import type { Bus } from '../../platform/bus/bus.js';
import { mapSettled } from '../../platform/concurrency/map-settled.js';
import { errorSummary } from '../../platform/errors/incident-log.js';
import { type Jobs, JobsNotStartedError } from '../../platform/jobs/jobs.js';
import { userChannel } from '../conversations/index.js';
import { queueDeliveries } from './delivery.js';
import { presentNotification } from './notification-presenter.js';
import { insertNotifications } from './notifications-repository.js';
import { countAllUnreadOf } from './unread-count.js';

/** What a service needs to tell people after its transaction commits. */
export interface NotifierDeps {
  db: Db;
  /** The unread count sent with each notification includes the new matching tasks, computed as of now. */
  clock: () => Date;
  bus: Bus;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
  /** Queues email/SMS/push deliveries; without it (some unit tests) notifications stay in-app only. */
  jobs?: Pick<Jobs, 'insert'>;
}

export interface NotificationRecipient {
  userId: string;
  type: TNotificationType;
  /** An app path without the locale prefix. */
  link: string;
  /** Only what the recipient may see: never an address or contacts. */
  params: NotificationParams;
}

/**
 * Stores one event's notifications inside the caller's transaction, so they exist exactly when its change
 * does. The same eventKey delivered again adds nothing; answers the rows inserted now, to publish after commit.
 */
export function notify(
  tx: DbOrTx,
  deps: { clock: () => Date },
  event: { eventKey: string; recipients: NotificationRecipient[] },
): Promise<NotificationRow[]> {
  const createdAt = deps.clock();
  return insertNotifications(
    tx,
    event.recipients.map((r) => ({
      recipientId: r.userId,
      type: r.type,
      eventKey: event.eventKey,
      link: r.link,
      params: r.params,
      createdAt,
    })),
  );
}

/** Queueing is one statement; a failure (the database away for a moment) is tried again this long. */
const queueRetryDelaysMs = [250, 1000, 3000];

/**
 * Queues the deliveries, trying again through a short outage. What still cannot be queued is logged
 * as an error with its count: the notifications stay in-app, and nobody is told "sent" for them.
 */
async function queueDeliveriesPatiently(deps: NotifierDeps & { jobs: Pick<Jobs, 'insert'> }, rows: NotificationRow[]) {
  for (let attempt = 0; ; attempt++) {
    try {
      await queueDeliveries(deps, rows);
      return;
    } catch (error) {
      const delay = error instanceof JobsNotStartedError ? undefined : queueRetryDelaysMs[attempt];
      if (delay === undefined) {
        deps.log.error({ notifications: rows.length, err: errorSummary(error) }, 'notification deliveries could not be queued');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Bus publishes in flight at once: a fan-out to 30,000 providers must not queue 30,000 at the same moment. */
const publishesAtOnce = 64;
/**
 * Pushes freshly stored notifications to their recipients' sockets with the new unread count, then queues
 * their email/SMS/push deliveries. Called after the commit: the rows are already stored, so a bus or queue
 * failure is logged, not thrown (the list catches up).
 */
export async function publishNotifications(
  deps: NotifierDeps,
  rows: NotificationRow[],
  // false: in-app only, e.g. a chat message to someone who has the chat open right now.
  options: { deliveries?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  try {
    const unread = await countAllUnreadOf(
      deps,
      rows.map((r) => r.recipientId),
    );
    const results = await mapSettled(rows, publishesAtOnce, (row) => {
      const event: TNotificationEvent = {
        type: 'notification',
        notification: presentNotification(row),
        unreadCount: unread.get(row.recipientId) ?? 0,
      };
      return deps.bus.publish(userChannel(row.recipientId), event);
    });
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0) deps.log.warn({ count: rows.length, failed }, 'a notification could not be published');
  } catch (error) {
    deps.log.warn({ count: rows.length, err: errorSummary(error) }, 'notifications could not be published');
  }
  if (deps.jobs && options.deliveries !== false) await queueDeliveriesPatiently({ ...deps, jobs: deps.jobs }, rows);
}
