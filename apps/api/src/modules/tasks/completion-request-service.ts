import type { TTask } from '@dastiyor/contracts';
import { notFound } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { findTaskById } from './task-repository.js';
import { type TasksDeps, getTask, viewerOf } from './task-service.js';
import { assertTaskTransition, transitionTask } from './task-transitions.js';

/**
 * The selected provider says the work is done and asks the customer to confirm; only the customer moves the
 * task to completed. Asking again changes nothing. Anyone but the selected provider gets 404.
 */
export async function requestCompletion(deps: TasksDeps, auth: AuthContext, taskId: string, origin: RequestOrigin): Promise<TTask> {
  const now = deps.clock();
  const notified = await deps.db.transaction(async (tx) => {
    const task = await findTaskById(tx, taskId);
    if (!task || task.selectedProviderId !== auth.user.id) throw notFound('No such task');
    assertTaskTransition(task.status, 'selected_provider', 'request_completion');
    if (task.completionRequestedAt) return null;
    await transitionTask(tx, task, 'selected_provider', { transition: 'request_completion' }, now);
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'task.completion_requested',
      targetType: 'task',
      targetId: task.id,
    });
    const params = { taskTitle: task.title, providerName: auth.user.name };
    return deps.notifier.notify(tx, {
      eventKey: `task.completion_requested:${task.id}`,
      recipients: [{ userId: task.customerId, type: 'task.completion_requested', link: `/tasks/${task.id}`, params }],
    });
  });
  if (notified) await deps.notifier.publish(notified);
  return getTask(deps, taskId, viewerOf(auth));
}
