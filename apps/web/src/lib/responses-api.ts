import type { TMyResponsesResponse, TResponseOutcome, TTaskResponsesResponse, TTaskStatus } from '@dastiyor/contracts';
import { getWithSession, isRecord, type SessionGetResult } from './session-api';

// Server only: reads on behalf of the signed-in visitor (their session cookie).

const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);

/** A task's responses as its customer compares them (Premium first); anyone else gets `unavailable`. */
export function fetchTaskResponses(taskId: string): Promise<SessionGetResult<TTaskResponsesResponse>> {
  return getWithSession(`/api/v1/tasks/${taskId}/responses`, isList);
}

export interface MyResponsesFilter {
  outcome?: TResponseOutcome;
  taskStatus?: TTaskStatus;
  cursor?: string;
  limit?: number;
}

/** The provider's responses with what became of each, newest first. */
export function fetchMyResponses(filter: MyResponsesFilter): Promise<SessionGetResult<TMyResponsesResponse>> {
  const query = new URLSearchParams({ limit: String(filter.limit ?? 20) });
  if (filter.outcome) query.set('outcome', filter.outcome);
  if (filter.taskStatus) query.set('taskStatus', filter.taskStatus);
  if (filter.cursor) query.set('cursor', filter.cursor);
  return getWithSession(`/api/v1/me/responses?${query}`, isList);
}
