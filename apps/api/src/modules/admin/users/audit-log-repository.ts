import { type SQL, and, desc, eq, gte, like, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { auditLog } from '../../audit/audit.table.js';
import type { KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';
import { auditActors, auditEntryColumns } from './user-overview-repository.js';

export type AuditEntryRow = Awaited<ReturnType<typeof findAuditEntries>>[number];

export interface AuditFilter {
  actorId?: string;
  /** A prefix: `user.` finds every user action, `auth.login` finds its failures too. */
  action?: string;
  targetId?: string;
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
}

/** The log newest first, keyset on (created_at, id) — the order of audit_log_created_idx. */
export function findAuditEntries(db: DbOrTx, filter: AuditFilter, options: { before: KeysetPosition | null; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(like(auditLog.action, `${filter.action.replace(/[\\%_]/g, '\\$&')}%`));
  if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));
  if (filter.since) conditions.push(gte(auditLog.createdAt, filter.since));
  if (filter.until) conditions.push(lt(auditLog.createdAt, filter.until));
  const { before } = options;
  if (before) {
    conditions.push(or(lt(auditLog.createdAt, before.at), and(eq(auditLog.createdAt, before.at), lt(auditLog.id, before.id)))!);
  }
  return db
    .select(auditEntryColumns)
    .from(auditLog)
    .leftJoin(auditActors, eq(auditActors.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(options.limit);
}
