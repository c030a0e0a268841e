import { z } from 'zod';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { deliverTaskAlertEmail } from './task-alert-email.js';
import { runTaskAlertFanout, sweepTaskAlerts, type TaskAlertFanoutDeps } from './task-alert-fanout.js';
import { taskAlertEmailQueue, taskAlertFanoutQueue, taskAlertPushQueue, ZTaskAlertDeliveryJob } from './task-alert-jobs.js';
import { deliverTaskAlertPush } from './task-alert-push.js';
import type { TaskAlertDeliveryDeps } from './task-alert-retry.js';

export const taskAlertSweepQueue = 'notifications.task-alert-sweep';
/** Every 5 minutes: a fan-out whose job was lost finishes at most this late. */
export const taskAlertSweepCron = '*/5 * * * *';

/**
 * Jobs of one queue a process runs at once. Pushes wait on the network, not on the database (each
 * job is three queries), so they run widest; a fan-out is database work, two tasks at a time.
 * Three push jobs (3 × 16 sends in flight) delivered the busiest task as fast as eight did (last push
 * 5.5–6.9 s either way: the push services set the pace) and left the feed's slowest answers during the
 * fan-out at 36–43 ms instead of 53–137 ms on the same two cores (BENCHMARKS.md, issue 15 part C).
 */
export const taskAlertConcurrency = { fanout: 2, push: 3, email: 2 } as const;

const ZFanoutJob = z.object({ taskId: z.uuid() });

/** Registers the fan-out, the delivery workers and the sweep's schedule; call after jobs.start(). */
export async function registerTaskAlertJobs(jobs: Jobs, deps: TaskAlertFanoutDeps & TaskAlertDeliveryDeps): Promise<void> {
  await jobs.work<object>(
    taskAlertFanoutQueue,
    async (data) => {
      await runTaskAlertFanout(deps, ZFanoutJob.parse(data).taskId);
    },
    { concurrency: taskAlertConcurrency.fanout },
  );
  await jobs.work<object>(
    taskAlertPushQueue,
    async (data, meta) => {
      await deliverTaskAlertPush(deps, ZTaskAlertDeliveryJob.parse(data), meta.id);
    },
    { concurrency: taskAlertConcurrency.push },
  );
  await jobs.work<object>(
    taskAlertEmailQueue,
    async (data, meta) => {
      await deliverTaskAlertEmail(deps, ZTaskAlertDeliveryJob.parse(data), meta.id);
    },
    { concurrency: taskAlertConcurrency.email },
  );
  await jobs.work(taskAlertSweepQueue, async () => {
    await sweepTaskAlerts({ ...deps, jobs });
  });
  await jobs.schedule(taskAlertSweepQueue, taskAlertSweepCron);
}
