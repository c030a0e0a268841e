import type { DbOrTx } from '../../db/client.js';
import { findUnannouncedTaskIds, markTaskMatched } from '../tasks/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { broadcastPublishedTask } from './matching-task-broadcast.js';
import type { NotifierDeps } from './notify.js';

export const taskMatchingQueue = 'notifications.task-matching';
export const taskMatchingSweepQueue = 'notifications.task-matching-sweep';
/** Every 5 minutes: a fan-out whose job was lost (a crash between commit and queueing) runs at most this late. */
export const taskMatchingSweepCron = '*/5 * * * *';
/** A task this fresh may still have its job waiting in the queue; older than a day, the news is stale. */
const sweepWindow = { minAgeMs: 2 * 60_000, maxAgeMs: 24 * 3_600_000 };

export interface TaskMatchingDeps extends NotifierDeps {
  clock: () => Date;
}

/**
 * The job. In-app, the task reaches every matching provider by being counted (the alerts are computed from
 * the feed, decision 015) and, live, by one broadcast that each instance forwards to its own matching sockets
 * at the same moment. Push and email go out from the task itself (task-alert-fanout.ts). Only while the task
 * is still open and not hidden. Answers whether it was announced; a job delivered twice announces twice,
 * which clients drop by task id.
 */
export async function runTaskMatching(deps: TaskMatchingDeps, taskId: string): Promise<boolean> {
  const task = await markTaskMatched(deps.db, taskId, deps.clock());
  if (!task || task.hiddenAt || !task.publishedAt) return false;
  const { hiddenAt: _hidden, ...published } = task;
  await broadcastPublishedTask(deps, { ...published, publishedAt: task.publishedAt.toISOString() });
  return true;
}

/**
 * Queues the fan-out of a task just published; called after its commit. The task is already stored,
 * so a queue failure is logged, not thrown: publishing must not fail because a notice could not be sent.
 */
export async function enqueueTaskMatching(deps: { jobs: Pick<Jobs, 'send'> } & Pick<NotifierDeps, 'log'>, taskId: string) {
  try {
    await deps.jobs.send(taskMatchingQueue, { taskId }, { singletonKey: taskId });
  } catch (error) {
    deps.log.warn({ taskId, err: error }, 'the task-matching job could not be queued');
  }
}

/**
 * Queues the fan-out again for open tasks published between 2 minutes and a day ago that it never ran for.
 * A fan-out that did run but crashed before marking the task runs again; clients drop a second broadcast of
 * the same task. Answers the tasks queued.
 */
export async function sweepUnmatchedTasks(deps: { db: DbOrTx; jobs: Pick<Jobs, 'send'>; clock: () => Date } & Pick<NotifierDeps, 'log'>) {
  const now = deps.clock().getTime();
  const ids = await findUnannouncedTaskIds(deps.db, new Date(now - sweepWindow.maxAgeMs), new Date(now - sweepWindow.minAgeMs), 500);
  for (const id of ids) await enqueueTaskMatching(deps, id);
  return ids;
}

/** Registers the worker and the sweep's schedule; call after jobs.start(). */
export async function registerTaskMatchingJob(jobs: Jobs, deps: TaskMatchingDeps): Promise<void> {
  await jobs.work<{ taskId: string }>(taskMatchingQueue, async (data) => {
    await runTaskMatching(deps, data.taskId);
  });
  await jobs.work(taskMatchingSweepQueue, async () => {
    await sweepUnmatchedTasks({ ...deps, jobs });
  });
  await jobs.schedule(taskMatchingSweepQueue, taskMatchingSweepCron);
}
