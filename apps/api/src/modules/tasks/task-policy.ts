import {
  type TResponseStatus,
  type TTaskActions,
  type TTaskStatus,
  type TTaskTransition,
  canTransitionTask,
  isTaskEditable,
} from '@dastiyor/contracts';
import { mayReport } from '../complaints/index.js';

/** What a task's visibility depends on. */
export interface TaskVisibility {
  customerId: string;
  status: TTaskStatus;
  hidden: boolean;
}

/** Whoever looks: a signed-in person (admin or not), or null for a guest. */
export interface TaskOnlooker {
  userId: string;
  isAdmin: boolean;
}

/**
 * Who may see a task at all — its page, its photos, reporting it, responding to it: anyone once it is
 * published; a draft only its customer; a task moderation hid only its customer and admins. Everyone
 * else is told it does not exist (404), as for a task that never did.
 */
export function maySeeTask(task: TaskVisibility, onlooker: TaskOnlooker | null): boolean {
  if (onlooker !== null && onlooker.userId === task.customerId) return true;
  if (task.status === 'draft') return false;
  return !task.hidden || onlooker?.isAdmin === true;
}

/** What an admin may do with a task: hide it or show it again, and cancel it where the state machine lets them. */
export const adminTaskActions = (task: { status: TTaskStatus; hidden: boolean }) => ({
  hide: !task.hidden,
  unhide: task.hidden,
  cancel: canTransitionTask(task.status, 'admin', 'cancel'),
});

/** A task takes responses, and responses to it may be chosen, rejected, edited or withdrawn, only while it is open. */
export const isOpenForResponses = (status: TTaskStatus): boolean => status === 'new';

/** The customer reviews the provider they selected once the work is completed. */
export const isReviewable = (task: { status: TTaskStatus; selectedProviderId: string | null }): boolean =>
  task.status === 'completed' && task.selectedProviderId !== null;

/** What `taskActions` decides from: the task, the person looking and their part in it. */
export interface TaskActionsInput {
  task: TaskVisibility & { selectedProviderId: string | null; completionRequestedAt: Date | null };
  viewer: { userId: string; role: 'customer' | 'provider' | 'admin' } | null;
  myResponseStatus: TResponseStatus | null;
  reviewed: boolean;
}

/**
 * What the person looking may do with the task now — the task page's `can`. Each answer is the same rule
 * the service applies when the action arrives (the state machine, `isTaskEditable`, `isOpenForResponses`,
 * `isReviewable`), so a button the page shows is one the API accepts, bar a subscription or daily limit.
 */
export function taskActions({ task, viewer, myResponseStatus, reviewed }: TaskActionsInput): TTaskActions {
  const owner = viewer !== null && viewer.userId === task.customerId;
  const selected = viewer !== null && viewer.userId === task.selectedProviderId;
  const asCustomer = (move: TTaskTransition) => owner && canTransitionTask(task.status, 'customer', move);
  return {
    edit: owner && isTaskEditable(task.status),
    publish: asCustomer('publish'),
    cancel: asCustomer('cancel'),
    decideResponses: owner && isOpenForResponses(task.status),
    complete: asCustomer('complete'),
    requestCompletion:
      selected && canTransitionTask(task.status, 'selected_provider', 'request_completion') && task.completionRequestedAt === null,
    respond: viewer?.role === 'provider' && !owner && !task.hidden && isOpenForResponses(task.status) && myResponseStatus === null,
    changeResponse: myResponseStatus === 'pending' && isOpenForResponses(task.status),
    review: owner && isReviewable(task) && !reviewed,
    report: mayReport(viewer?.userId ?? null, task.customerId),
  };
}
