import { cache } from 'react';
import type { TTask, TTaskFeedResponse, TTaskStatus } from '@dastiyor/contracts';
import { type ApiResult, getJson, isRecord } from './api';
import { getWithSession, type SessionGetResult } from './session-api';

// Server-side reads of the tasks API for the feed, the task page and "my tasks".

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);
const looksLikeTask = (body: unknown) => isRecord(body) && typeof body.id === 'string' && isRecord(body.customer);

/** One page of the public feed; `query` comes from tasks-feed-query.ts. */
/** Signed in, the feed is asked as the visitor: a Premium provider gets fresh matching tasks pinned on top. */
export async function fetchFeedPage(query: string): Promise<ApiResult<TTaskFeedResponse>> {
  const path = `/api/v1/tasks?${query}`;
  const asVisitor = await getWithSession<TTaskFeedResponse>(path, isList);
  if (asVisitor.status === 'ok') return { ok: true, data: asVisitor.data };
  return getJson(path, isList);
}

export type TaskResult = { status: 'ok'; task: TTask } | { status: 'not_found' } | { status: 'unavailable' };

/**
 * A task as the visitor may see it (the owner gets the address and their draft; everyone else the public
 * view). Shared by the page and its metadata within one request. The session read cannot tell a 404 from an
 * outage, so anything but success is asked again publicly, which can.
 */
export const fetchTask = cache(async (id: string): Promise<TaskResult> => {
  if (!uuidPattern.test(id)) return { status: 'not_found' };
  const path = `/api/v1/tasks/${id}`;
  const asVisitor = await getWithSession<TTask>(path, looksLikeTask);
  if (asVisitor.status === 'ok') return { status: 'ok', task: asVisitor.data };
  const asGuest = await getJson<TTask>(path, looksLikeTask);
  if (asGuest.ok) return { status: 'ok', task: asGuest.data };
  return asGuest.reason === 'http' && asGuest.status === 404 ? { status: 'not_found' } : { status: 'unavailable' };
});

/** The signed-in customer's own tasks, newest first, optionally of one status. */
export function fetchMyTasks(options: {
  status?: TTaskStatus;
  cursor?: string;
  limit: number;
}): Promise<SessionGetResult<TTaskFeedResponse>> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.status) query.set('status', options.status);
  if (options.cursor) query.set('cursor', options.cursor);
  return getWithSession(`/api/v1/me/tasks?${query}`, isList);
}
