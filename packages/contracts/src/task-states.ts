import type { TTaskStatus } from './task-card';

/** Who moves a task: its customer, the provider they selected, or an admin. */
export const TaskActor = ['customer', 'selected_provider', 'admin'] as const;
export type TTaskActor = (typeof TaskActor)[number];

/**
 * The task state machine: every move a task can make, from which statuses, to which one, and who may
 * make it. The API changes a task's status only through this table (`transitionTask`) and answers
 * each task page with the moves open to its viewer (`can`, from `tasks/task-policy.ts`), so the web
 * shows buttons without a rule of its own. `request_completion` keeps the status: the provider asks,
 * the customer completes.
 */
export const taskTransitions = {
  publish: { from: ['draft'], to: 'new', by: ['customer'] },
  select_provider: { from: ['new'], to: 'in_progress', by: ['customer'] },
  request_completion: { from: ['in_progress'], to: 'in_progress', by: ['selected_provider'] },
  complete: { from: ['in_progress'], to: 'completed', by: ['customer'] },
  cancel: { from: ['new', 'in_progress'], to: 'cancelled', by: ['customer', 'admin'] },
} as const satisfies Record<string, { from: readonly TTaskStatus[]; to: TTaskStatus; by: readonly TTaskActor[] }>;
export type TTaskTransition = keyof typeof taskTransitions;

/** Whether `actor` may make `transition` from a task in `status`. */
export function canTransitionTask(status: TTaskStatus, actor: TTaskActor, transition: TTaskTransition): boolean {
  const move = taskTransitions[transition];
  return (move.from as readonly TTaskStatus[]).includes(status) && (move.by as readonly TTaskActor[]).includes(actor);
}

/**
 * The move a customer's "change the status to" request names; null for a status no request reaches
 * (in progress comes only from selecting a response, draft only from saving one).
 */
export function transitionToStatus(to: TTaskStatus): Extract<TTaskTransition, 'publish' | 'complete' | 'cancel'> | null {
  if (to === 'new') return 'publish';
  if (to === 'completed') return 'complete';
  if (to === 'cancelled') return 'cancel';
  return null;
}

/** A task's text, place and budget can be edited while it is a draft or still open; after that it is history. */
export const taskEditableStatuses = ['draft', 'new'] as const satisfies readonly TTaskStatus[];
export const isTaskEditable = (status: TTaskStatus) => (taskEditableStatuses as readonly TTaskStatus[]).includes(status);
