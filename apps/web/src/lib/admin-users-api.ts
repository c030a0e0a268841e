import { AdminUserRole, AdminUserStatus } from '@dastiyor/contracts/values';
import { fetchAdminPlans } from './admin-reports-api';
import { asVisitor, sessionApi, withQuery } from './server-api';

// Server only: the admin users and audit-log pages read through these, as the signed-in admin.

export const adminUsersPageSize = 25;
export const adminAuditPageSize = 30;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export const isUuid = (value: string | undefined): value is string => value !== undefined && uuidPattern.test(value);

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
  value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** The users filter as the URL carries it; values the API would refuse are dropped rather than sent. */
export function usersFilterFrom(params: SearchParams) {
  return {
    q: one(params.q)?.slice(0, 100),
    role: oneOf(one(params.role), AdminUserRole),
    status: oneOf(one(params.status), AdminUserStatus),
    cursor: one(params.cursor),
  };
}
export type UsersFilter = ReturnType<typeof usersFilterFrom>;

export function auditFilterFrom(params: SearchParams) {
  const actorId = one(params.actorId);
  const targetId = one(params.targetId);
  const from = one(params.from);
  const to = one(params.to);
  return {
    actorId: isUuid(actorId) ? actorId : undefined,
    action: one(params.action)?.slice(0, 100),
    targetId: isUuid(targetId) ? targetId : undefined,
    from: from && dayPattern.test(from) ? from : undefined,
    to: to && dayPattern.test(to) ? to : undefined,
    cursor: one(params.cursor),
  };
}
export type AuditFilter = ReturnType<typeof auditFilterFrom>;

/** `?a=1&b=2` of the values that are set, or '' when none is. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function fetchAdminUsers(filter: UsersFilter) {
  return asVisitor(sessionApi.GET('/api/v1/admin/users', withQuery(queryString({ ...filter, limit: adminUsersPageSize }))));
}

/** An unknown id reads as unavailable (the page checks the id's shape first and 404s on nonsense). */
export function fetchAdminUser(id: string) {
  return asVisitor(sessionApi.GET('/api/v1/admin/users/{id}', { params: { path: { id } } }));
}

export function fetchAdminAuditLog(filter: AuditFilter) {
  return asVisitor(sessionApi.GET('/api/v1/admin/audit-log', withQuery(queryString({ ...filter, limit: adminAuditPageSize }))));
}

/** Every plan, for the manual activation form (only those on sale can be granted). */
export { fetchAdminPlans };
