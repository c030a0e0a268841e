import type { TResponse, TUpdateResponseRequest } from '@dastiyor/contracts';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { AuthContext } from '../auth/index.js';
import { flagStopWords } from '../moderation/index.js';
import { findTaskForShare, isOpenForResponses } from '../tasks/index.js';
import type { ResponsesDeps } from './create-response-service.js';
import { presentResponse } from './response-presenter.js';
import { type ResponseRow, lockResponse, updateResponse } from './responses-repository.js';

/**
 * The provider's own pending response on a still-open task, locked for the change: a selection racing
 * an edit or a withdrawal waits on the same row lock and then sees the other's result. Someone else's
 * response is 404; one that is no longer pending, or whose task moved on, is 409.
 */
async function changeOwnPending(
  deps: ResponsesDeps,
  auth: AuthContext,
  responseId: string,
  change: (row: ResponseRow, now: Date) => Partial<ResponseRow>,
): Promise<TResponse> {
  const now = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const response = await lockResponse(tx, responseId);
    if (!response || response.providerId !== auth.user.id) throw notFound('No such response');
    if (response.status !== 'pending') throw new AppError('conflict', `The response is ${response.status}`);
    const task = await findTaskForShare(tx, response.taskId);
    if (!task || !isOpenForResponses(task.status)) throw new AppError('tasks.not_open', 'The task is no longer open');
    const updated = await updateResponse(tx, response.id, { ...change(response, now), updatedAt: now });
    if (updated.comment !== response.comment) {
      await flagStopWords(tx, deps.db, {
        targetType: 'response',
        targetId: updated.id,
        authorId: updated.providerId,
        text: updated.comment,
        now,
      });
    }
    return updated;
  });
  return presentResponse(row);
}

export function editResponse(deps: ResponsesDeps, auth: AuthContext, responseId: string, input: TUpdateResponseRequest) {
  return changeOwnPending(deps, auth, responseId, () => input);
}

export function withdrawResponse(deps: ResponsesDeps, auth: AuthContext, responseId: string) {
  return changeOwnPending(deps, auth, responseId, () => ({ status: 'withdrawn' }));
}
