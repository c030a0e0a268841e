import type { TAdminAuditLogEntry, TAdminUserSummary } from '@dastiyor/contracts';
import type { AuditEntryRow } from './audit-log-repository.js';
import type { AdminUserRow } from './admin-users-repository.js';

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function presentAdminUser(row: AdminUserRow): TAdminUserSummary {
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    name: row.name,
    email: row.email,
    phone: row.phone,
    emailVerifiedAt: iso(row.emailVerifiedAt),
    phoneVerifiedAt: iso(row.phoneVerifiedAt),
    createdAt: row.createdAt.toISOString(),
    blockedAt: iso(row.blockedAt),
    verified: row.role === 'provider' && row.verifiedAt !== null,
  };
}

export function presentAuditEntry(row: AuditEntryRow): TAdminAuditLogEntry {
  return {
    id: row.id,
    actor: row.actorId && row.actorName && row.actorRole ? { id: row.actorId, name: row.actorName, role: row.actorRole } : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    userAgent: row.userAgent,
    before: row.before ?? null,
    after: row.after ?? null,
    meta: row.meta ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The block-related fields an audit entry records before and after a change. */
export function blockStateOf(row: AdminUserRow) {
  return { status: row.status, blockedAt: iso(row.blockedAt), blockReason: row.blockReason };
}
