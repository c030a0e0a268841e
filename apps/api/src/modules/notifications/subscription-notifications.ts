import type { TNotificationType } from '@dastiyor/contracts';
import type { NotificationParams } from './notifications.table.js';
import { type SubscriptionEventRow, claimUnprocessedEvents, markEventsProcessed } from '../subscriptions/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { type NotificationRecipient, type NotifierDeps, notify, publishNotifications } from './notify.js';

export const subscriptionNotificationsQueue = 'notifications.subscription-events';
/** Every minute: a subscription or payment notice is at most this late. */
export const subscriptionNotificationsCron = '* * * * *';
const batchSize = 500;

/** The notification an event becomes: every one of them is about the provider's subscription page. */
function recipientOf(event: SubscriptionEventRow): NotificationRecipient {
  const params: NotificationParams = {};
  const payload = event.payload as { days?: unknown } | null;
  if (event.type === 'subscription.expiring' && typeof payload?.days === 'number') params.daysLeft = payload.days;
  const type: TNotificationType = event.type;
  return { userId: event.providerId, type, link: '/subscription', params };
}

/**
 * Turns unprocessed subscription_events into notifications and marks them processed, in one transaction
 * (two runs at once skip each other's rows); then pushes them to the sockets. Answers how many it handled.
 */
export async function runSubscriptionNotifications(deps: NotifierDeps & { clock: () => Date }): Promise<number> {
  const now = deps.clock();
  const { handled, rows } = await deps.db.transaction(async (tx) => {
    const events = await claimUnprocessedEvents(tx, batchSize);
    const inserted = [];
    for (const event of events) {
      inserted.push(...(await notify(tx, deps, { eventKey: `subscription_event:${event.id}`, recipients: [recipientOf(event)] })));
    }
    await markEventsProcessed(
      tx,
      events.map((e) => e.id),
      now,
    );
    return { handled: events.length, rows: inserted };
  });
  await publishNotifications(deps, rows);
  return handled;
}

/** Registers the worker and its cron schedule; call after jobs.start(). */
export async function registerSubscriptionNotificationsJob(jobs: Jobs, deps: NotifierDeps & { clock: () => Date }): Promise<void> {
  await jobs.work(subscriptionNotificationsQueue, async () => {
    await runSubscriptionNotifications(deps);
  });
  await jobs.schedule(subscriptionNotificationsQueue, subscriptionNotificationsCron);
}
