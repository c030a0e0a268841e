import type { TResponseOutcome, TTaskStatus } from '@dastiyor/contracts';
import { asVisitor, sessionApi } from './server-api';

// Server only: reads on behalf of the signed-in visitor (their session cookie).

/** A task's responses as its customer compares them (Premium first); anyone else gets `unavailable`. */
export function fetchTaskResponses(taskId: string) {
  return asVisitor(sessionApi.GET('/api/v1/tasks/{id}/responses', { params: { path: { id: taskId } } }));
}

export interface MyResponsesFilter {
  outcome?: TResponseOutcome;
  taskStatus?: TTaskStatus;
  cursor?: string;
  limit?: number;
}

/** The provider's responses with what became of each, newest first. */
export function fetchMyResponses(filter: MyResponsesFilter) {
  const { outcome, taskStatus, cursor, limit = 20 } = filter;
  const query = { limit, ...(outcome ? { outcome } : {}), ...(taskStatus ? { taskStatus } : {}), ...(cursor ? { cursor } : {}) };
  return asVisitor(sessionApi.GET('/api/v1/me/responses', { params: { query } }));
}
