import { type TTask, type TTaskStatus, transitionToStatus } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { lockOwnTask } from './task-repository.js';
import { assertCategoryTakesTasks } from './task-rules.js';
import { type TasksDeps, assertPublishable, flagTaskText, getTask, viewerOf } from './task-service.js';
import { assertTaskTransition, transitionTask } from './task-transitions.js';

/**
 * The customer moves their task: publish a draft, cancel (with a reason), complete. Any move not in
 * the state machine is 409; someone else's task is 404. Publishing obeys the spam rules.
 */
export async function changeTaskStatus(
  deps: TasksDeps,
  auth: AuthContext,
  taskId: string,
  to: TTaskStatus,
  reason: string | undefined,
  origin: RequestOrigin,
): Promise<TTask> {
  const now = deps.clock();
  const notified = await deps.db.transaction(async (tx) => {
    const task = await lockOwnTask(tx, taskId, auth.user.id);
    if (!task) throw notFound('No such task');
    const transition = transitionToStatus(to);
    if (!transition) throw new AppError('conflict', `A ${task.status} task cannot become ${to}`);
    assertTaskTransition(task.status, 'customer', transition);
    if (to === 'cancelled' && task.status === 'new' && !reason) {
      throw new AppError('validation.failed', 'Say why the task is cancelled', {
        errors: [{ path: 'body.reason', code: 'required', message: 'Give a reason' }],
      });
    }
    if (to === 'new') {
      await assertCategoryTakesTasks(tx, task);
      await assertPublishable(tx, auth.user.id, task, now, task.id);
    }
    await transitionTask(tx, task, 'customer', transition === 'cancel' ? { transition, reason: reason ?? null } : { transition }, now);
    // The provider's completed-tasks figure counts this one from now on.
    if (to === 'completed' && task.selectedProviderId) await deps.refreshProviderStanding(tx, task.selectedProviderId, now);
    if (to === 'new') {
      await flagTaskText(tx, deps, task, now);
      await deps.notifier.recordTaskAlert(tx, task.id, now);
    }
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: `task.${to}`,
      targetType: 'task',
      targetId: task.id,
      before: { status: task.status },
      after: { status: to },
    });
    if (to !== 'completed' || !task.selectedProviderId) return null;
    const params = { taskTitle: task.title, customerName: auth.user.name };
    return deps.notifier.notify(tx, {
      eventKey: `task.completed:${task.id}`,
      recipients: [{ userId: task.selectedProviderId, type: 'task.completed', link: `/tasks/${task.id}`, params }],
    });
  });
  if (notified) await deps.notifier.publish(notified);
  if (to === 'new') await deps.notifier.announceTask(taskId);
  return getTask(deps, taskId, viewerOf(auth));
}
