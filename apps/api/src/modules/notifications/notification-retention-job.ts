import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import { type DeleteBatches, deleteInBatches } from '../../platform/jobs/batched-delete.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { matchingAlertRules } from './matching-alerts.js';
import { deleteOldDigestMarks, deleteOldNotifications, deleteOldSeenMarks } from './retention-repository.js';

export const notificationRetentionQueue = 'notifications.retention';
/** Daily at 03:40 in Dushanbe, the quietest hour. */
export const notificationRetentionCron = '40 3 * * *';

const dayMs = 86_400_000;
/** How long what the notifications module stores is kept (decision 015). */
export const retentionRules = {
  readNotificationDays: 90,
  /** Unread news this old is no longer news; the bell should not carry it forever. */
  unreadNotificationDays: 365,
  /** The digest runs daily; a mark this old belongs to someone who left it long ago. */
  digestMarkDays: 30,
} as const;

export interface NotificationRetentionDeps {
  db: Db;
  clock: () => Date;
  log: Pick<FastifyBaseLogger, 'info'>;
}

/**
 * Deletes old read (and very old unread) notifications, stale digest marks and "seen up to" marks past the
 * alerts' look-back, in short batches. Answers how many rows of each went.
 */
export async function runNotificationRetention(
  deps: NotificationRetentionDeps,
  { batchSize = 5000, maxBatches = 200 }: DeleteBatches = {},
) {
  const batches = { batchSize, maxBatches };
  const now = deps.clock().getTime();
  const ago = (days: number) => new Date(now - days * dayMs);
  const cutoffs = { readBefore: ago(retentionRules.readNotificationDays), unreadBefore: ago(retentionRules.unreadNotificationDays) };
  const deleted = {
    notifications: await deleteInBatches((n) => deleteOldNotifications(deps.db, cutoffs, n), batches),
    digestMarks: await deleteInBatches((n) => deleteOldDigestMarks(deps.db, ago(retentionRules.digestMarkDays), n), batches),
    seenMarks: await deleteInBatches((n) => deleteOldSeenMarks(deps.db, new Date(now - matchingAlertRules.lookBackMs), n), batches),
  };
  if (deleted.notifications + deleted.digestMarks + deleted.seenMarks > 0) deps.log.info(deleted, 'old notifications deleted');
  return deleted;
}

/** Registers the worker and its daily schedule; call after jobs.start(). */
export async function registerNotificationRetentionJob(jobs: Jobs, deps: NotificationRetentionDeps): Promise<void> {
  await jobs.work(notificationRetentionQueue, async () => {
    await runNotificationRetention(deps);
  });
  await jobs.schedule(notificationRetentionQueue, notificationRetentionCron);
}
