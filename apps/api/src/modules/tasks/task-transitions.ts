import { type TTaskActor, type TTaskStatus, type TTaskTransition, canTransitionTask, taskTransitions } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { type NewTask, updateTask } from './task-repository.js';

/** A move with what it needs: whom the customer selected, why a task is cancelled. */
export type TaskMove =
  | { transition: 'publish' }
  | { transition: 'select_provider'; providerId: string }
  | { transition: 'request_completion' }
  | { transition: 'complete' }
  | { transition: 'cancel'; reason: string | null };

const refusals: Record<TTaskTransition, (from: TTaskStatus) => string> = {
  publish: (from) => `A ${from} task cannot be published`,
  select_provider: () => 'The task is no longer open',
  request_completion: () => 'Only a task in progress can be completed',
  complete: (from) => `A ${from} task cannot be completed`,
  cancel: (from) => `A ${from} task cannot be cancelled`,
};

/**
 * 409 unless the state machine lets `actor` make `transition` from `status`. Callers that check other
 * things first (a response still pending) call it early; `transitionTask` checks again under the lock.
 */
export function assertTaskTransition(status: TTaskStatus, actor: TTaskActor, transition: TTaskTransition): void {
  if (!canTransitionTask(status, actor, transition)) throw new AppError('conflict', refusals[transition](status));
}

/** What each move writes besides the status: the dates and reasons the feed, chat and reviews read. */
function writesOf(move: TaskMove, now: Date): Partial<NewTask> {
  const status = taskTransitions[move.transition].to;
  switch (move.transition) {
    case 'publish':
      return { status, publishedAt: now };
    case 'select_provider':
      return { status, selectedProviderId: move.providerId };
    case 'request_completion':
      return { completionRequestedAt: now };
    case 'complete':
      return { status, closedAt: now };
    case 'cancel':
      // Responses then read as "task cancelled" and the chat closes with the task (both derive from the status and closedAt).
      return { status, cancelReason: move.reason, closedAt: now };
  }
}

/**
 * The one way a task changes status: checks the move against the state machine (409 otherwise) and
 * writes it. The caller holds the task's row lock in `tx` and does the rest of the move (audit,
 * notifications, the chat) in the same transaction.
 */
export async function transitionTask(
  tx: DbOrTx,
  task: { id: string; status: TTaskStatus },
  actor: TTaskActor,
  move: TaskMove,
  now: Date,
): Promise<void> {
  assertTaskTransition(task.status, actor, move.transition);
  await updateTask(tx, task.id, { ...writesOf(move, now), updatedAt: now });
}
