import { z } from 'zod';
import type { NewJob } from '../../platform/jobs/jobs.js';

/** The fan-out of one published task: walks its matching providers and queues their deliveries. */
export const taskAlertFanoutQueue = 'notifications.task-alert-fanout';
/** Pushes of one task to a batch of providers; email likewise. */
export const taskAlertPushQueue = 'notifications.task-alert-push';
export const taskAlertEmailQueue = 'notifications.task-alert-email';
export type TaskAlertDeliveryQueue = typeof taskAlertPushQueue | typeof taskAlertEmailQueue;

/**
 * Sizes. A page is one recipients query and one transaction; a delivery job is small enough that a
 * retry of a whole job (a crash mid-way) repeats little, and big enough that 25,000 recipients are a
 * few hundred jobs, not 25,000.
 */
export const taskAlertSizes = {
  page: 5_000,
  /** Matching providers read ahead in one query (their ids and ranks: ~4 MB of memory at most). */
  order: 50_000,
  pushJob: 50,
  emailJob: 25,
} as const;

/**
 * A batch delivery: the task and who to tell. Built from the task when it runs (title, link, the
 * recipient's language), never from notification rows. `subscriptionIds` narrows a push retry to the
 * browsers that failed, so the ones already reached are not pushed twice.
 */
export const ZTaskAlertDeliveryJob = z.object({
  taskId: z.uuid(),
  recipientIds: z.array(z.uuid()).min(1),
  attempt: z.number().int().min(0).default(0),
  subscriptionIds: z.array(z.uuid()).optional(),
});
export type TTaskAlertDeliveryJob = z.infer<typeof ZTaskAlertDeliveryJob>;

/** Recipients still to be tried after a failure, and when: the same job again, for them only. */
export const maxDeliveryAttempts = 8;
/** 5 s doubling to 10 min: eight attempts span about twenty minutes. */
export const retryDelayMs = (attempt: number) => Math.min(5_000 * 2 ** attempt, 10 * 60_000);

/** Jobs of up to `size` recipients each, one group per start time (quiet hours end at different times). */
export function chunkDeliveries(
  queue: TaskAlertDeliveryQueue,
  taskId: string,
  due: Array<{ userId: string; startAfter: Date | null }>,
  size: number,
  extra: Pick<TTaskAlertDeliveryJob, 'attempt' | 'subscriptionIds'> = { attempt: 0 },
): NewJob<TTaskAlertDeliveryJob>[] {
  const groups = new Map<number, string[]>();
  for (const d of due) {
    const at = d.startAfter?.getTime() ?? 0;
    const ids = groups.get(at) ?? [];
    ids.push(d.userId);
    groups.set(at, ids);
  }
  const jobs: NewJob<TTaskAlertDeliveryJob>[] = [];
  for (const [at, ids] of groups) {
    for (let i = 0; i < ids.length; i += size) {
      jobs.push({
        queue,
        data: { taskId, recipientIds: ids.slice(i, i + size), ...extra },
        ...(at > 0 ? { startAfter: new Date(at) } : {}),
      });
    }
  }
  return jobs;
}
