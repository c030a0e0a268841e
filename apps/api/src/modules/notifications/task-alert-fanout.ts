import type { FastifyBaseLogger } from 'fastify';
import type { Db, DbOrTx } from '../../db/client.js';
import type { TaskAlertFanoutRow } from './task-alert-fanouts.table.js';
import type { Jobs, NewJob } from '../../platform/jobs/jobs.js';
import { emailedOneByOne } from './delivery.js';
import { withDefaultSettings } from './notification-settings-defaults.js';
import { quietHoursEnd } from './quiet-hours.js';
import {
  advanceTaskAlertFanout,
  cursorOf,
  deleteFinishedTaskAlerts,
  findTaskAlertFanout,
  findUnfinishedTaskAlerts,
  insertTaskAlertFanout,
} from './task-alert-fanout-repository.js';
import { chunkDeliveries, taskAlertEmailQueue, taskAlertFanoutQueue, taskAlertPushQueue, taskAlertSizes } from './task-alert-jobs.js';
import {
  type AlertCursor,
  type AlertRecipient,
  findAlertRecipientDetails,
  findAlertTask,
  findMatchingOrder,
} from './task-alert-recipients-repository.js';

export interface TaskAlertFanoutDeps {
  /** The background jobs' own pool, never the requests' one. */
  db: Db;
  jobs: Pick<Jobs, 'insert' | 'createQueues'>;
  clock: () => Date;
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  /** Recipients per batch; tests make it small to see many batches. */
  pageSize?: number;
  /** Matching providers read ahead per order query; tests make it small to see several. */
  orderSize?: number;
}

/**
 * Records, inside the transaction that publishes a task, that its matching providers are to be
 * alerted: the fan-out exists exactly when the published task does, and the sweep finishes any
 * whose job was lost.
 */
export function recordTaskAlert(tx: DbOrTx, taskId: string, now: Date): Promise<void> {
  return insertTaskAlertFanout(tx, taskId, now);
}

/** Queues the fan-out of a task just published, after its commit; a failure is the sweep's to repair. */
export async function enqueueTaskAlert(deps: { jobs: Pick<Jobs, 'insert'>; log: Pick<FastifyBaseLogger, 'warn'> }, taskId: string) {
  try {
    await deps.jobs.insert([{ queue: taskAlertFanoutQueue, data: { taskId } }]);
  } catch (error) {
    deps.log.warn({ taskId, err: error }, 'the task alert fan-out could not be queued; the sweep will');
  }
}

/**
 * One batch's deliveries: a push for whoever allows it and has a browser (held until their quiet
 * hours end), an email for whoever gets these one by one (not the daily digest) at a verified address.
 * SMS is never sent for a matching task.
 */
function planBatch(taskId: string, page: AlertRecipient[], now: Date) {
  const push: Array<{ userId: string; startAfter: Date | null }> = [];
  const email: Array<{ userId: string; startAfter: null }> = [];
  for (const r of page) {
    if (!r.active) continue;
    const settings = withDefaultSettings(r.settings);
    if (settings.channels['task.matching'].push && r.devices > 0)
      push.push({ userId: r.userId, startAfter: quietHoursEnd(now, settings.quietHours) });
    if (r.email && emailedOneByOne('task.matching', settings)) email.push({ userId: r.userId, startAfter: null });
  }
  const jobs: NewJob[] = [
    ...chunkDeliveries(taskAlertPushQueue, taskId, push, taskAlertSizes.pushJob),
    ...chunkDeliveries(taskAlertEmailQueue, taskId, email, taskAlertSizes.emailJob),
  ];
  return { jobs, recipients: page.filter((r) => r.active).length, push: push.length, email: email.length };
}

export interface TaskAlertSummary {
  recipients: number;
  push: number;
  email: number;
  /** Batches this run queued (0: another run, or an earlier one, did the work). */
  batches: number;
}

const summaryOf = (row: TaskAlertFanoutRow | null, batches: number): TaskAlertSummary => ({
  recipients: row?.recipients ?? 0,
  push: row?.pushQueued ?? 0,
  email: row?.emailQueued ?? 0,
  batches,
});

const sameCursor = (a: AlertCursor | null, b: AlertCursor | null) => a?.rank === b?.rank && a?.userId === b?.userId;

/**
 * The job: walks the task's matching providers in its hash order, a bounded batch at a time. Each
 * batch queues its delivery jobs and moves the cursor past it in one transaction, so a run that dies
 * anywhere leaves either the whole batch queued and passed, or none of it; running again resumes
 * after the last committed batch. Two runs at once serialise on the record's row and the one that
 * finds the cursor moved reads it again. Ends when a batch comes back short (the task closed or
 * hidden meanwhile gives an empty one).
 *
 * The order is read ahead a long stretch at a time (`orderSize`) and only each batch's details per
 * batch: computing the match is the costly part, and once per task instead of once per batch keeps
 * the fan-out's database work off the requests' cores (BENCHMARKS.md, issue 15 part C).
 */
export async function runTaskAlertFanout(deps: TaskAlertFanoutDeps, taskId: string): Promise<TaskAlertSummary> {
  const size = deps.pageSize ?? taskAlertSizes.page;
  const orderSize = Math.max(deps.orderSize ?? taskAlertSizes.order, size);
  await deps.jobs.createQueues([taskAlertPushQueue, taskAlertEmailQueue]);
  const started = Date.now();
  let batches = 0;
  // The order read ahead, starting right after `aheadFrom`; `aheadEnds`: nothing matches past it.
  let ahead: AlertCursor[] = [];
  let aheadFrom: AlertCursor | null | undefined;
  let aheadEnds = false;
  for (;;) {
    const state = await findTaskAlertFanout(deps.db, taskId);
    if (!state || state.finishedAt) {
      if (state && batches > 0)
        deps.log.info({ taskId, ...summaryOf(state, batches), ms: Date.now() - started }, 'task alert fan-out finished');
      return summaryOf(state, batches);
    }
    const from = cursorOf(state);
    // Read again for every batch: a task closed or hidden meanwhile gives an empty one, which finishes.
    const task = await findAlertTask(deps.db, taskId);
    let order: AlertCursor[] = [];
    if (task) {
      // Another run moved the cursor, or what is ahead is short of a batch while more may match: read on from here.
      if (aheadFrom === undefined || !sameCursor(aheadFrom, from) || (ahead.length < size && !aheadEnds)) {
        ahead = await findMatchingOrder(deps.db, task, from, orderSize);
        aheadFrom = from;
        aheadEnds = ahead.length < orderSize;
      }
      order = ahead.slice(0, size);
    }
    const page = await findAlertRecipientDetails(deps.db, order);
    const now = deps.clock();
    const plan = planBatch(taskId, page, now);
    const last = order.at(-1) ?? null;
    const moved = await deps.db.transaction(async (tx) => {
      const advanced = await advanceTaskAlertFanout(tx, taskId, {
        from,
        to: last,
        recipients: plan.recipients,
        push: plan.push,
        email: plan.email,
        finishedAt: order.length < size ? now : null,
      });
      if (advanced) await deps.jobs.insert(plan.jobs, { tx });
      return advanced;
    });
    if (moved) {
      batches += 1;
      ahead = ahead.slice(order.length);
      aheadFrom = last ?? from;
    } else aheadFrom = undefined;
  }
}

/** A fan-out still unfinished this long after publishing lost its job; older than a day, the news is stale. */
const sweepWindow = { minAgeMs: 2 * 60_000, maxAgeMs: 24 * 3_600_000 };
/** Finished fan-outs are kept a week (what was sent for a task, for support), then forgotten. */
const keepFinishedMs = 7 * 24 * 3_600_000;

/**
 * Queues again the fan-outs of open tasks that have not finished two minutes after publishing (their
 * job was lost, or failed for good), and forgets old finished ones. Answers the tasks queued.
 */
export async function sweepTaskAlerts(deps: Pick<TaskAlertFanoutDeps, 'db' | 'jobs' | 'clock' | 'log'>): Promise<string[]> {
  const now = deps.clock().getTime();
  const lost = await findUnfinishedTaskAlerts(
    deps.db,
    { from: new Date(now - sweepWindow.maxAgeMs), to: new Date(now - sweepWindow.minAgeMs) },
    500,
  );
  if (lost.length > 0) {
    deps.log.warn({ tasks: lost.length }, 'task alert fan-outs unfinished after two minutes; queued again');
    await deps.jobs.insert(lost.map((taskId) => ({ queue: taskAlertFanoutQueue, data: { taskId } })));
  }
  await deleteFinishedTaskAlerts(deps.db, new Date(now - keepFinishedMs), 10_000);
  return lost;
}
