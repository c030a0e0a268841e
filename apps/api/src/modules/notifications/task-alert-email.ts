import { mapSettled } from '../../platform/concurrency/map-settled.js';
import { findDeliveryTargets } from './delivery-repository.js';
import { emailedOneByOne } from './delivery.js';
import { composeNotificationEmail } from './notification-email.js';
import { withDefaultSettings } from './notification-settings-defaults.js';
import { type TaskAlertDeliveryDeps, retryLater } from './task-alert-retry.js';
import { taskAlertEmailQueue, type TTaskAlertDeliveryJob } from './task-alert-jobs.js';
import { findAlertTask } from './task-alert-recipients-repository.js';

/** Emails one job hands to the mail transport at once. */
const sendsAtOnce = 4;

/**
 * One batch job: the task's email to each recipient who still gets these one by one at a verified
 * address, in their language with a one-click unsubscribe. Whoever the transport failed for is tried
 * again later in a job of their own. Answers how many were sent.
 */
export async function deliverTaskAlertEmail(deps: TaskAlertDeliveryDeps, job: TTaskAlertDeliveryJob, jobId: string): Promise<number> {
  const task = await findAlertTask(deps.db, job.taskId);
  if (!task) return 0;
  const targets = (await findDeliveryTargets(deps.db, job.recipientIds)).filter(
    (t) => t.email && emailedOneByOne('task.matching', withDefaultSettings(t.settings)),
  );
  const results = await mapSettled(targets, sendsAtOnce, (t) =>
    deps.mailer.send(
      composeNotificationEmail(deps, {
        to: t.email!,
        userId: t.userId,
        locale: t.locale,
        type: 'task.matching',
        link: `/tasks/${task.id}`,
        params: { taskTitle: task.title },
      }),
    ),
  );
  const again = targets.flatMap((t, i) => (results[i]!.status === 'rejected' ? [{ userId: t.userId, notBefore: null }] : []));
  await retryLater(deps, { queue: taskAlertEmailQueue, job, jobId, channel: 'email', again });
  return targets.length - again.length;
}
