import type { TResponse, TResponseProvider, TReview } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import type { SQL } from 'drizzle-orm';
import type { SqlOperand } from '../../db/sql-operand.js';
import type { TaskPageRow } from './task-page-repository.js';

export interface TaskViewer {
  userId: string;
  role: 'customer' | 'provider' | 'admin';
}

/** Who the viewer is to this task; task-presenter.ts decides from it what they may see. */
export interface TaskRelation {
  isOwner: boolean;
  isSelectedProvider: boolean;
  /** The selected provider while subscribed, or the customer: the exact address and the phone. */
  seesContacts: boolean;
}

export interface TaskParticipation {
  relation: TaskRelation;
  responsesCount: number;
  myResponse: TResponse | null;
  selectedProvider: TResponseProvider | null;
  conversationId: string | null;
  customerContacts: { phone: string | null; email: string | null } | null;
  review: TReview | null;
}

/**
 * The parts of a task page that belong to modules above tasks (the responses, the chat, the review). The
 * task-pages module answers it (wired in app.ts).
 */
export interface TaskParticipationSource {
  /** The responses count as SQL over the task's id: the page's own statement reads it (task-page-repository.ts). */
  responsesCountOf: (taskId: SqlOperand) => SQL<number>;
  /** What a signed-in viewer has to do with the task; a guest has nothing, so nothing is read for one. */
  load(db: DbOrTx, task: TaskPageRow, viewer: TaskViewer, now: Date): Promise<ViewerParticipation>;
}

export type ViewerParticipation = Omit<TaskParticipation, 'responsesCount'>;

/** A guest's part in any task: none. */
export const noParticipation: ViewerParticipation = {
  relation: { isOwner: false, isSelectedProvider: false, seesContacts: false },
  myResponse: null,
  selectedProvider: null,
  conversationId: null,
  customerContacts: null,
  review: null,
};
