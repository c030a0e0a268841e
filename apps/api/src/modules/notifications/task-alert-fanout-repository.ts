import { and, asc, between, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type TaskAlertFanoutRow, taskAlertFanouts } from './task-alert-fanouts.table.js';
import { taskStatuses } from '../tasks/index.js';
import type { AlertCursor } from './task-alert-recipients-repository.js';

export async function insertTaskAlertFanout(tx: DbOrTx, taskId: string, now: Date): Promise<void> {
  await tx.insert(taskAlertFanouts).values({ taskId, createdAt: now }).onConflictDoNothing();
}

export async function findTaskAlertFanout(db: DbOrTx, taskId: string): Promise<TaskAlertFanoutRow | null> {
  const [row] = await db.select().from(taskAlertFanouts).where(eq(taskAlertFanouts.taskId, taskId));
  return row ?? null;
}

export const cursorOf = (row: TaskAlertFanoutRow): AlertCursor | null =>
  row.cursorHash !== null && row.cursorUserId !== null ? { rank: row.cursorHash, userId: row.cursorUserId } : null;

/**
 * Moves the cursor from `from` to `to` and adds the batch's counts, only if nobody moved it since
 * `from` was read (compare-and-set): two runs of the same fan-out (a sweep re-queued it while the
 * first was slow) can never both queue one batch. Answers whether it moved.
 */
export async function advanceTaskAlertFanout(
  tx: DbOrTx,
  taskId: string,
  step: { from: AlertCursor | null; to: AlertCursor | null; recipients: number; push: number; email: number; finishedAt: Date | null },
): Promise<boolean> {
  const at = step.from
    ? and(eq(taskAlertFanouts.cursorHash, step.from.rank), eq(taskAlertFanouts.cursorUserId, step.from.userId))
    : and(isNull(taskAlertFanouts.cursorHash), isNull(taskAlertFanouts.cursorUserId));
  const moved = await tx
    .update(taskAlertFanouts)
    .set({
      ...(step.to ? { cursorHash: step.to.rank, cursorUserId: step.to.userId } : {}),
      recipients: sql`${taskAlertFanouts.recipients} + ${step.recipients}`,
      pushQueued: sql`${taskAlertFanouts.pushQueued} + ${step.push}`,
      emailQueued: sql`${taskAlertFanouts.emailQueued} + ${step.email}`,
      finishedAt: step.finishedAt,
    })
    .where(and(eq(taskAlertFanouts.taskId, taskId), isNull(taskAlertFanouts.finishedAt), at))
    .returning({ taskId: taskAlertFanouts.taskId });
  return moved.length > 0;
}

/**
 * Fan-outs not finished although their task was published between `window.from` and `window.to`:
 * their job was lost (a crash between commit and queueing) or failed for good.
 */
export async function findUnfinishedTaskAlerts(db: DbOrTx, window: { from: Date; to: Date }, limit: number): Promise<string[]> {
  const rows = await db
    .select({ taskId: taskAlertFanouts.taskId })
    .from(taskAlertFanouts)
    .innerJoin(taskStatuses, eq(taskStatuses.id, taskAlertFanouts.taskId))
    .where(
      and(isNull(taskAlertFanouts.finishedAt), between(taskAlertFanouts.createdAt, window.from, window.to), eq(taskStatuses.status, 'new')),
    )
    .orderBy(asc(taskAlertFanouts.createdAt))
    .limit(limit);
  return rows.map((r) => r.taskId);
}

/** Forgets finished fan-outs older than `before`, a bounded slice per call (the sweep runs every few minutes). */
export async function deleteFinishedTaskAlerts(db: DbOrTx, before: Date, limit: number): Promise<number> {
  const old = db
    .select({ taskId: taskAlertFanouts.taskId })
    .from(taskAlertFanouts)
    .where(and(isNotNull(taskAlertFanouts.finishedAt), lt(taskAlertFanouts.finishedAt, before)))
    .limit(limit);
  const gone = await db
    .delete(taskAlertFanouts)
    .where(sql`${taskAlertFanouts.taskId} in (${old})`)
    .returning({ taskId: taskAlertFanouts.taskId });
  return gone.length;
}
