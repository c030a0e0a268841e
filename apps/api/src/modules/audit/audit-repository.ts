import type { DbOrTx } from '../../db/client.js';
import { auditLog } from './audit.table.js';

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

/** Appends one entry; pass the transaction of the change it records so both commit or neither. */
export async function recordAudit(db: DbOrTx, at: Date, origin: RequestOrigin, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: origin.ip,
    userAgent: origin.userAgent?.slice(0, 400) ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    meta: entry.meta ?? null,
    createdAt: at,
  });
}
