import type { TAdminCategoriesResponse, TAdminTaskDetail, TAdminTasksResponse, TTaskStatus } from '@dastiyor/contracts';
import { TaskStatus } from '@dastiyor/contracts';
import { getWithSession, isRecord, type SessionGetResult } from './session-api';

// Server-side reads of the admin tasks and categories API, as the signed-in admin.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);
const looksLikeTask = (body: unknown) => isRecord(body) && typeof body.id === 'string' && Array.isArray(body.responses);

/** The admin task list's filters, as they sit in the page URL (a plain GET form). */
export interface AdminTaskFilters {
  q?: string;
  status?: TTaskStatus;
  hidden?: 'true' | 'false';
  categoryId?: string;
  cityId?: string;
  cursor?: string;
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : undefined);

/** Only well-formed values survive; anything else is dropped rather than sent to the API. */
export function readAdminTaskFilters(params: SearchParams): AdminTaskFilters {
  const q = one(params.q);
  const status = one(params.status);
  const hidden = one(params.hidden);
  const categoryId = one(params.categoryId);
  const cityId = one(params.cityId);
  const cursor = one(params.cursor);
  return {
    ...(q ? { q: q.slice(0, 100) } : {}),
    ...(status && (TaskStatus as readonly string[]).includes(status) ? { status: status as TTaskStatus } : {}),
    ...(hidden === 'true' || hidden === 'false' ? { hidden } : {}),
    ...(categoryId && uuidPattern.test(categoryId) ? { categoryId } : {}),
    ...(cityId && uuidPattern.test(cityId) ? { cityId } : {}),
    ...(cursor && cursor.length <= 200 ? { cursor } : {}),
  };
}

/** The filters as a query object for links (without the cursor unless given). */
export function adminTaskQuery(filters: AdminTaskFilters, cursor?: string): Record<string, string> {
  const { cursor: _drop, ...rest } = filters;
  void _drop;
  return { ...(rest as Record<string, string>), ...(cursor ? { cursor } : {}) };
}

export function fetchAdminTasks(filters: AdminTaskFilters, limit: number): Promise<SessionGetResult<TAdminTasksResponse>> {
  const query = new URLSearchParams({ ...adminTaskQuery(filters, filters.cursor), limit: String(limit) });
  return getWithSession(`/api/v1/admin/tasks?${query.toString()}`, isList);
}

export type AdminTaskResult = SessionGetResult<TAdminTaskDetail> | { status: 'not_found' };

export async function fetchAdminTask(id: string): Promise<AdminTaskResult> {
  if (!uuidPattern.test(id)) return { status: 'not_found' };
  return getWithSession(`/api/v1/admin/tasks/${id}`, looksLikeTask);
}

export function fetchAdminCategories(): Promise<SessionGetResult<TAdminCategoriesResponse>> {
  return getWithSession('/api/v1/admin/categories', isList);
}
