import { asc, inArray, isNull } from 'drizzle-orm';
import type { TNotificationType } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { type NotificationParams, subscriptionEvents } from '../../db/schema/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { type NotificationRecipient, type NotifierDeps, notify, publishNotifications } from './notify.js';

export const subscriptionNotificationsQueue = 'notifications.subscription-events';
/** Every minute: a subscription or payment notice is at most this late. */
export const subscriptionNotificationsCron = '* * * * *';
const batchSize = 500;

type SubscriptionEventRow = typeof subscriptionEvents.$inferSelect;

/** The notification an event becomes: every one of them is about the provider's subscription page. */
function recipientOf(event: SubscriptionEventRow): NotificationRecipient {
  const params: NotificationParams = {};
  const payload = event.payload as { days?: unknown } | null;
  if (event.type === 'subscription.expiring' && typeof payload?.days === 'number') params.daysLeft = payload.days;
  const type: TNotificationType = event.type;
  return { userId: event.providerId, type, link: '/subscription', params };
}

function claimUnprocessed(tx: DbOrTx) {
  return tx
    .select()
    .from(subscriptionEvents)
    .where(isNull(subscriptionEvents.processedAt))
    .orderBy(asc(subscriptionEvents.createdAt))
    .limit(batchSize)
    .for('update', { skipLocked: true });
}

/**
 * Turns unprocessed subscription_events into notifications and marks them processed, in one transaction
 * (two runs at once skip each other's rows); then pushes them to the sockets. Answers how many it handled.
 */
export async function runSubscriptionNotifications(deps: NotifierDeps & { clock: () => Date }): Promise<number> {
  const now = deps.clock();
  const { handled, rows } = await deps.db.transaction(async (tx) => {
    const events = await claimUnprocessed(tx);
    const inserted = [];
    for (const event of events) {
      inserted.push(...(await notify(tx, deps, { eventKey: `subscription_event:${event.id}`, recipients: [recipientOf(event)] })));
    }
    if (events.length > 0) {
      await tx
        .update(subscriptionEvents)
        .set({ processedAt: now })
        .where(
          inArray(
            subscriptionEvents.id,
            events.map((e) => e.id),
          ),
        );
    }
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
