import type { TAdminTaskDetail } from '@dastiyor/contracts';
import type { Db } from '../../../db/client.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { lockTaskById, updateTask, transitionTask } from '../../tasks/index.js';
import { findUserById } from '../../users/index.js';
import { getAdminTask } from './admin-tasks-service.js';

export interface TaskModerationDeps {
  db: Db;
  clock: () => Date;
}

interface AdminAction {
  admin: Actor;
  taskId: string;
  origin: RequestOrigin;
}

/**
 * Hides a task from everyone but its customer and admins (feed, search, task page, matching). 409 when it is
 * already hidden, whoever hid it: a block's hide must stay a block's, so unblocking can lift exactly it.
 */
export async function hideTask(deps: TaskModerationDeps, action: AdminAction, reason: string): Promise<TAdminTaskDetail> {
  assertAdmin(action.admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const task = await lockTaskById(tx, action.taskId);
    if (!task) throw notFound('No such task');
    if (task.hiddenAt) throw new AppError('conflict', 'The task is already hidden');
    await updateTask(tx, task.id, { hiddenAt: now, hiddenCause: 'admin', hiddenReason: reason, updatedAt: now });
    await recordAudit(tx, now, action.origin, {
      actorId: action.admin.id,
      action: 'admin.task_hidden',
      targetType: 'task',
      targetId: task.id,
      before: { hiddenAt: null },
      after: { hiddenAt: now.toISOString(), hiddenCause: 'admin', reason },
    });
  });
  return getAdminTask(deps, action.admin, action.taskId);
}

/**
 * Shows a task an admin hid again. 409 when it is not hidden, and when its owner is blocked (a block's hide
 * ends only with the unblock, and a blocked owner's task stays off the feed whoever hid it).
 */
export async function unhideTask(deps: TaskModerationDeps, action: AdminAction): Promise<TAdminTaskDetail> {
  assertAdmin(action.admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const task = await lockTaskById(tx, action.taskId);
    if (!task) throw notFound('No such task');
    if (!task.hiddenAt) throw new AppError('conflict', 'The task is not hidden');
    const owner = await findUserById(tx, task.customerId);
    if (task.hiddenCause === 'owner_blocked' || owner?.status === 'blocked') {
      throw new AppError('tasks.owner_blocked', 'The task’s customer is blocked; unblocking them shows their tasks again');
    }
    await updateTask(tx, task.id, { hiddenAt: null, hiddenCause: null, hiddenReason: null, updatedAt: now });
    await recordAudit(tx, now, action.origin, {
      actorId: action.admin.id,
      action: 'admin.task_unhidden',
      targetType: 'task',
      targetId: task.id,
      before: { hiddenAt: task.hiddenAt.toISOString(), hiddenCause: task.hiddenCause, reason: task.hiddenReason },
      after: { hiddenAt: null },
    });
  });
  return getAdminTask(deps, action.admin, action.taskId);
}

/** Cancels an open or running task as its customer's cancel does; 409 from any other status. */
export async function cancelTaskByAdmin(deps: TaskModerationDeps, action: AdminAction, reason: string): Promise<TAdminTaskDetail> {
  assertAdmin(action.admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const task = await lockTaskById(tx, action.taskId);
    if (!task) throw notFound('No such task');
    await transitionTask(tx, task, 'admin', { transition: 'cancel', reason }, now);
    await recordAudit(tx, now, action.origin, {
      actorId: action.admin.id,
      action: 'admin.task_cancelled',
      targetType: 'task',
      targetId: task.id,
      before: { status: task.status },
      after: { status: 'cancelled', reason },
    });
  });
  return getAdminTask(deps, action.admin, action.taskId);
}
