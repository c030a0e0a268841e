import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { auditLog } from '../../audit/audit.table.js';
import { complaints } from '../../complaints/complaints.table.js';
import { users } from '../../users/users.table.js';

const reporters = alias(users, 'reporters');

/** Reports and stop-word flags about one task, newest first. */
export function findComplaintsAboutTask(db: DbOrTx, taskId: string) {
  return db
    .select({ complaint: complaints, reporterName: reporters.name })
    .from(complaints)
    .leftJoin(reporters, eq(reporters.id, complaints.reporterId))
    .where(and(eq(complaints.targetType, 'task'), eq(complaints.targetId, taskId)))
    .orderBy(desc(complaints.createdAt), desc(complaints.id));
}

/** The newest audit entries whose target is this id (audit_log_target_idx), with the actor's name. */
export function findAuditTrail(db: DbOrTx, targetId: string, limit: number) {
  return db
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.targetId, targetId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
