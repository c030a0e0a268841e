import type { TResponse, TSelectResponseResult } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import { openConversation } from '../conversations/index.js';
import { isOpenForResponses, lockOwnTask, transitionTask } from '../tasks/index.js';
import type { ResponsesDeps } from './create-response-service.js';
import { presentResponse } from './response-presenter.js';
import { findResponse, findTaskResponses, lockResponse, updateResponse } from './responses-repository.js';

/**
 * Locks the customer's task, then the response, in that order everywhere (edits and withdrawals lock only
 * the response), so two tabs selecting at once queue on the task row and the second finds it taken: 409.
 * Anyone but the task's customer gets 404, whoever they are.
 */
async function lockForDecision(tx: DbOrTx, auth: AuthContext, responseId: string) {
  const found = await findResponse(tx, responseId);
  const task = found ? await lockOwnTask(tx, found.taskId, auth.user.id) : null;
  if (!found || !task || task.status === 'draft') throw notFound('No such response');
  if (!isOpenForResponses(task.status)) throw new AppError('tasks.not_open', 'The task is no longer open');
  const response = (await lockResponse(tx, responseId))!;
  if (response.status !== 'pending') throw new AppError('conflict', `The response is ${response.status}`);
  return { task, response };
}

/** The customer picks a provider: the task goes in progress, leaves the feed, and their chat opens. */
export async function selectResponse(
  deps: ResponsesDeps,
  auth: AuthContext,
  responseId: string,
  origin: RequestOrigin,
): Promise<TSelectResponseResult> {
  const now = deps.clock();
  const { result, notified } = await deps.db.transaction(async (tx) => {
    const { task, response } = await lockForDecision(tx, auth, responseId);
    await updateResponse(tx, response.id, { status: 'selected', updatedAt: now });
    // The others still waiting learn the task went to someone else; withdrawn and rejected ones heard already.
    const othersPending = (await findTaskResponses(tx, task.id)).filter((r) => r.status === 'pending' && r.id !== response.id);
    const link = `/tasks/${task.id}`;
    const params = { taskTitle: task.title };
    const notified = await deps.notifier.notify(tx, {
      eventKey: `response.selected:${response.id}`,
      recipients: [
        { userId: response.providerId, type: 'response.selected', link, params },
        ...othersPending.map((r) => ({ userId: r.providerId, type: 'response.not_chosen' as const, link, params })),
      ],
    });
    await transitionTask(tx, task, 'customer', { transition: 'select_provider', providerId: response.providerId }, now);
    const conversation = await openConversation(tx, { taskId: task.id, customerId: task.customerId, providerId: response.providerId, now });
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'response.selected',
      targetType: 'response',
      targetId: response.id,
      before: { taskStatus: task.status },
      after: { taskStatus: 'in_progress', providerId: response.providerId, conversationId: conversation.id },
    });
    return { result: { taskId: task.id, conversationId: conversation.id }, notified };
  });
  await deps.notifier.publish(notified);
  return result;
}

/** The customer turns a response down, with an optional reason the provider will read. */
export async function rejectResponse(
  deps: ResponsesDeps,
  auth: AuthContext,
  responseId: string,
  reason: string | undefined,
  origin: RequestOrigin,
): Promise<TResponse> {
  const now = deps.clock();
  const { row, notified } = await deps.db.transaction(async (tx) => {
    const { task, response } = await lockForDecision(tx, auth, responseId);
    const rejected = await updateResponse(tx, response.id, { status: 'rejected', rejectReason: reason || null, updatedAt: now });
    const notified = await deps.notifier.notify(tx, {
      eventKey: `response.rejected:${response.id}`,
      recipients: [
        { userId: response.providerId, type: 'response.rejected', link: `/tasks/${task.id}`, params: { taskTitle: task.title } },
      ],
    });
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'response.rejected',
      targetType: 'response',
      targetId: response.id,
      after: { reason: reason || null },
    });
    return { row: rejected, notified };
  });
  await deps.notifier.publish(notified);
  return presentResponse(row);
}
