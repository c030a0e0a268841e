import type { TResponse, TResponseProvider, TReview } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import type { TaskRow } from './task-repository.js';

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
 * Loads the viewer's part in a task for its page. The task-pages module answers it (wired in app.ts): the
 * response, the chat and the review belong to modules that sit above tasks.
 */
export type LoadTaskParticipation = (db: DbOrTx, task: TaskRow, viewer: TaskViewer | null, now: Date) => Promise<TaskParticipation>;
