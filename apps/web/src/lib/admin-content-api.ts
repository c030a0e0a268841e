import { type TAdminTaskDetail, type TTaskStatus } from '@dastiyor/contracts';
import { TaskStatus } from '@dastiyor/contracts/values';
import { asVisitor, type SessionGetResult, sessionApi, withQuery } from './server-api';

// Server-side reads of the admin tasks and categories API, as the signed-in admin.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

export function fetchAdminTasks(filters: AdminTaskFilters, limit: number) {
  const query = new URLSearchParams({ ...adminTaskQuery(filters, filters.cursor), limit: String(limit) });
  return asVisitor(sessionApi.GET('/api/v1/admin/tasks', withQuery(query.toString())));
}

export type AdminTaskResult = SessionGetResult<TAdminTaskDetail> | { status: 'not_found' };

export async function fetchAdminTask(id: string): Promise<AdminTaskResult> {
  if (!uuidPattern.test(id)) return { status: 'not_found' };
  return asVisitor(sessionApi.GET('/api/v1/admin/tasks/{id}', { params: { path: { id } } }));
}

export function fetchAdminCategories() {
  return asVisitor(sessionApi.GET('/api/v1/admin/categories'));
}
