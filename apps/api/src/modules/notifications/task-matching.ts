import { and, between, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  type NotificationRow,
  notifications,
  providerCategories,
  providerDistricts,
  providerProfiles,
  tasks,
  users,
} from '../../db/schema/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { type NotifierDeps, publishNotifications } from './notify.js';

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
 * Every active provider whose categories and service area take the task (the feed's matching rule:
 * category or subcategory served, same service city, district served or none chosen) in one
 * INSERT … SELECT, so all of them get it at the same moment. Only while the task is still open and not hidden;
 * delivering the job twice adds nothing (eventKey).
 */
function insertMatchingNotifications(tx: DbOrTx, taskId: string, now: Date): Promise<NotificationRow[]> {
  const served = (column: typeof tasks.categoryId | typeof tasks.subcategoryId) =>
    sql`exists (select 1 from ${providerCategories} where ${providerCategories.userId} = ${providerProfiles.userId}
      and ${providerCategories.categoryId} = ${column})`;
  const districtServed = or(
    isNull(tasks.districtId),
    sql`exists (select 1 from ${providerDistricts} where ${providerDistricts.userId} = ${providerProfiles.userId}
      and ${providerDistricts.districtId} = ${tasks.districtId})`,
    sql`not exists (select 1 from ${providerDistricts} where ${providerDistricts.userId} = ${providerProfiles.userId})`,
  );
  // insert … select fills every column in table order: id, recipient, type, event key, link, params, created, read.
  const matches = tx
    .select({
      id: sql`gen_random_uuid()`.as('id'),
      recipientId: providerProfiles.userId,
      type: sql`'task.matching'`.as('type'),
      eventKey: sql`'task.matching:' || ${tasks.id}`.as('event_key'),
      link: sql`'/tasks/' || ${tasks.id}`.as('link'),
      params: sql`jsonb_build_object('taskTitle', ${tasks.title})`.as('params'),
      createdAt: sql`${now.toISOString()}::timestamptz`.as('created_at'),
      readAt: sql`null::timestamptz`.as('read_at'),
    })
    .from(providerProfiles)
    .innerJoin(users, eq(users.id, providerProfiles.userId))
    .innerJoin(tasks, eq(tasks.cityId, providerProfiles.serviceCityId))
    .where(
      and(
        eq(tasks.id, taskId),
        eq(tasks.status, 'new'),
        isNull(tasks.hiddenAt),
        eq(users.role, 'provider'),
        eq(users.status, 'active'),
        or(served(tasks.categoryId), served(tasks.subcategoryId)),
        districtServed,
      ),
    );
  return tx
    .insert(notifications)
    .select(matches)
    .onConflictDoNothing({ target: [notifications.eventKey, notifications.recipientId] })
    .returning();
}

/** The job: stores the fan-out, then pushes it to the sockets of everyone it reached. */
export async function runTaskMatching(deps: TaskMatchingDeps, taskId: string): Promise<number> {
  const now = deps.clock();
  const rows = await deps.db.transaction(async (tx) => {
    const inserted = await insertMatchingNotifications(tx, taskId, now);
    await tx
      .update(tasks)
      .set({ matchedAt: now })
      .where(and(eq(tasks.id, taskId), eq(tasks.status, 'new')));
    return inserted;
  });
  // In-app only: push and email for a new task go out from the task itself (task-alert-fanout.ts).
  await publishNotifications(deps, rows, { deliveries: false });
  return rows.length;
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
 * Notifications are idempotent per task and provider, so a fan-out that did run but crashed before marking
 * the task sends nothing twice. Answers the tasks queued.
 */
export async function sweepUnmatchedTasks(deps: { db: DbOrTx; jobs: Pick<Jobs, 'send'>; clock: () => Date } & Pick<NotifierDeps, 'log'>) {
  const now = deps.clock().getTime();
  const rows = await deps.db
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        eq(tasks.status, 'new'),
        isNull(tasks.matchedAt),
        isNull(tasks.hiddenAt),
        between(tasks.publishedAt, new Date(now - sweepWindow.maxAgeMs), new Date(now - sweepWindow.minAgeMs)),
      ),
    )
    .limit(500);
  for (const { id } of rows) await enqueueTaskMatching(deps, id);
  return rows.map((r) => r.id);
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
