import type { TLocale, TPushPayload } from '@dastiyor/contracts';
import { mapSettled } from '../../platform/concurrency/map-settled.js';
import { isTransientPushFailure } from '../../platform/push/push-errors.js';
import { PushHostBackingOffError, type GatedPushSender } from '../../platform/push/push-host-gate.js';
import type { PushSender } from '../../platform/push/push-sender.js';
import { notificationMessages, notificationText } from '../i18n/index.js';
import { listPushSubscriptionsOf, recordPushOutcomes } from '../push/index.js';
import { findDeliveryTargets } from './delivery-repository.js';
import { withDefaultSettings } from './notification-settings-defaults.js';
import { pushTtlSeconds } from './push-delivery.js';
import { type TaskAlertDeliveryDeps, retryLater } from './task-alert-retry.js';
import { taskAlertPushQueue, type TTaskAlertDeliveryJob } from './task-alert-jobs.js';
import { findAlertTask } from './task-alert-recipients-repository.js';

/** Browsers one job pushes to at once; the gate bounds each push service across jobs. */
const sendsAtOnce = 16;

/** The same payload a single task.matching notification would push (push-delivery.ts), built from the task. */
export function taskAlertPayload(locale: TLocale, task: { id: string; title: string }): TPushPayload {
  const link = `/tasks/${task.id}`;
  return {
    title: notificationMessages[locale].subject['task.matching'],
    body: notificationText(locale, 'task.matching', { taskTitle: task.title }),
    url: `${locale === 'ru' ? '' : `/${locale}`}${link}`,
    // A later push about the same task replaces this one on the device: a retry shows once.
    tag: `task.matching:${link}`,
  };
}

export interface PushBatchOutcome {
  sent: number;
  gone: number;
  /** Left for a later attempt (the service asked us to wait, or failed for a while). */
  retried: number;
  /** Given up: a permanent refusal, or the last attempt. */
  failed: number;
}

const retryAtOf = (push: PushSender | GatedPushSender, endpoint: string): Date | null =>
  'retryAt' in push ? push.retryAt(endpoint) : null;

/**
 * One batch job: the task's push to each browser of its recipients that still allow it (blocked
 * people and switched-off channels get nothing; a closed or hidden task alerts nobody). A browser
 * its service calls gone is forgotten; one whose service is overloaded or away is tried again later
 * in a job of its own, with only those browsers, so the ones reached now are not pushed twice.
 */
export async function deliverTaskAlertPush(
  deps: TaskAlertDeliveryDeps,
  job: TTaskAlertDeliveryJob,
  jobId: string,
): Promise<PushBatchOutcome> {
  const task = await findAlertTask(deps.db, job.taskId);
  if (!task) return { sent: 0, gone: 0, retried: 0, failed: 0 };
  const targets = await findDeliveryTargets(deps.db, job.recipientIds);
  const allowed = new Map(
    targets.filter((t) => withDefaultSettings(t.settings).channels['task.matching'].push).map((t) => [t.userId, t.locale]),
  );
  const only = job.subscriptionIds ? new Set(job.subscriptionIds) : null;
  const browsers = (await listPushSubscriptionsOf(deps.db, [...allowed.keys()])).filter((s) => !only || only.has(s.id));
  const payloads = new Map<TLocale, string>();
  const payloadFor = (locale: TLocale) =>
    payloads.get(locale) ?? payloads.set(locale, JSON.stringify(taskAlertPayload(locale, task))).get(locale)!;

  const results = await mapSettled(browsers, sendsAtOnce, (b) =>
    deps.push.send(
      { endpoint: b.endpoint, keys: { p256dh: b.p256dh, auth: b.auth } },
      { payload: payloadFor(allowed.get(b.userId) ?? 'ru'), ttlSeconds: pushTtlSeconds, urgency: 'normal' },
    ),
  );
  const sent: string[] = [];
  const gone: string[] = [];
  const again: Array<{ userId: string; subscriptionId: string; notBefore: Date | null }> = [];
  let refused = 0;
  results.forEach((result, i) => {
    const b = browsers[i]!;
    if (result.status === 'fulfilled') (result.value === 'gone' ? gone : sent).push(b.id);
    else if (result.reason instanceof PushHostBackingOffError)
      again.push({ userId: b.userId, subscriptionId: b.id, notBefore: result.reason.until });
    else if (isTransientPushFailure(result.reason))
      again.push({ userId: b.userId, subscriptionId: b.id, notBefore: retryAtOf(deps.push, b.endpoint) });
    else refused += 1;
  });
  await recordPushOutcomes(deps.db, { sent, gone }, deps.clock());
  if (refused > 0) deps.log.warn({ taskId: job.taskId, browsers: refused }, 'task alert pushes refused by their push service; not retried');
  const retried = await retryLater(deps, { queue: taskAlertPushQueue, job, jobId, channel: 'push', again });
  return { sent: sent.length, gone: gone.length, retried, failed: refused + (again.length - retried) };
}
