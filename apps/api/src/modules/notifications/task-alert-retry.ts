import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import { stableJobId } from '../../platform/jobs/job-id.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { GatedPushSender } from '../../platform/push/push-host-gate.js';
import type { PushSender } from '../../platform/push/push-sender.js';
import {
  chunkDeliveries,
  maxDeliveryAttempts,
  retryDelayMs,
  type TaskAlertDeliveryQueue,
  taskAlertSizes,
  taskAlertPushQueue,
  type TTaskAlertDeliveryJob,
} from './task-alert-jobs.js';

export interface TaskAlertDeliveryDeps {
  /** The background jobs' own pool. */
  db: Db;
  jobs: Pick<Jobs, 'insert'>;
  push: PushSender | GatedPushSender;
  mailer: Mailer;
  publicUrl: string;
  secret: string;
  /** The time settings and records use; retry delays are real time (they wait for a real service). */
  clock: () => Date;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
}

/** A recipient (and, for push, one browser) to try again, no earlier than `notBefore` when the service asked. */
export interface Retry {
  userId: string;
  subscriptionId?: string;
  notBefore: Date | null;
}

/**
 * Queues the next attempt for what failed in a batch: the same task, only those recipients (and
 * browsers), after a delay that doubles each attempt or as long as the service asked. Its job ids
 * derive from this job's, so a batch that runs twice (a crash before it was marked done) queues its
 * retry once. After the last attempt nothing is queued and the count is logged as an error.
 * Answers how many entries were queued again.
 */
export async function retryLater(
  deps: Pick<TaskAlertDeliveryDeps, 'jobs' | 'log'>,
  failed: { queue: TaskAlertDeliveryQueue; job: TTaskAlertDeliveryJob; jobId: string; channel: 'push' | 'email'; again: Retry[] },
): Promise<number> {
  const { job, again } = failed;
  if (again.length === 0) return 0;
  const attempt = job.attempt + 1;
  const recipients = new Set(again.map((r) => r.userId));
  if (attempt >= maxDeliveryAttempts) {
    deps.log.error(
      { taskId: job.taskId, channel: failed.channel, recipients: recipients.size, deliveries: again.length, attempts: attempt },
      'task alert deliveries failed after all their attempts',
    );
    return 0;
  }
  const earliest = Date.now() + retryDelayMs(job.attempt);
  const due = [...recipients].map((userId) => {
    const asked = Math.max(...again.filter((r) => r.userId === userId).map((r) => r.notBefore?.getTime() ?? 0));
    return { userId, startAfter: new Date(Math.max(earliest, asked)) };
  });
  const subscriptionIds = again.flatMap((r) => (r.subscriptionId ? [r.subscriptionId] : []));
  const size = failed.queue === taskAlertPushQueue ? taskAlertSizes.pushJob : taskAlertSizes.emailJob;
  const jobs = chunkDeliveries(failed.queue, job.taskId, due, size, {
    attempt,
    ...(subscriptionIds.length > 0 ? { subscriptionIds } : {}),
  }).map((next, i) => ({ ...next, id: stableJobId(`${failed.jobId}:retry:${i}`) }));
  await deps.jobs.insert(jobs);
  return again.length;
}
