import { cache } from 'react';
import type { TTask, TTaskFeedResponse, TTaskStatus } from '@dastiyor/contracts';
import type { ApiResult } from './api';
import { asGuest, asVisitor, publicApi, sessionApi, withQuery } from './server-api';

// Server-side reads of the tasks API for the feed, the task page and "my tasks".

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One page of the public feed; `query` comes from tasks-feed-query.ts. */
/** Signed in, the feed is asked as the visitor: a Premium provider gets fresh matching tasks pinned on top. */
export async function fetchFeedPage(query: string): Promise<ApiResult<TTaskFeedResponse>> {
  const signedIn = await asVisitor(sessionApi.GET('/api/v1/tasks', withQuery(query)));
  if (signedIn.status === 'ok') return { ok: true, data: signedIn.data };
  return asGuest(publicApi.GET('/api/v1/tasks', withQuery(query)));
}

export type TaskResult = { status: 'ok'; task: TTask } | { status: 'not_found' } | { status: 'unavailable' };

/**
 * A task as the visitor may see it (the owner gets the address and their draft; everyone else the public
 * view). Shared by the page and its metadata within one request. The session read cannot tell a 404 from an
 * outage, so anything but success is asked again publicly, which can.
 */
export const fetchTask = cache(async (id: string): Promise<TaskResult> => {
  if (!uuidPattern.test(id)) return { status: 'not_found' };
  const task = { params: { path: { id } } };
  const signedIn = await asVisitor(sessionApi.GET('/api/v1/tasks/{id}', task));
  if (signedIn.status === 'ok') return { status: 'ok', task: signedIn.data };
  const guest = await asGuest(publicApi.GET('/api/v1/tasks/{id}', task));
  if (guest.ok) return { status: 'ok', task: guest.data };
  return guest.reason === 'http' && guest.status === 404 ? { status: 'not_found' } : { status: 'unavailable' };
});

/** The signed-in customer's own tasks, newest first, optionally of one status. */
export function fetchMyTasks(options: { status?: TTaskStatus; cursor?: string; limit: number }) {
  const { status, cursor, limit } = options;
  const query = { limit, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) };
  return asVisitor(sessionApi.GET('/api/v1/me/tasks', { params: { query } }));
}
