import { and, count, eq, gt, desc, min } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';

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

/** How many times `action` happened to a target since `since`, and when the first of them was. */
export async function countTargetActionsSince(db: DbOrTx, targetId: string, action: string, since: Date) {
  const [row] = await db
    .select({ n: count(), first: min(auditLog.createdAt) })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, action), gt(auditLog.createdAt, since)));
  return { count: Number(row?.n ?? 0), first: row?.first ?? null };
}

export async function lastTargetAction(db: DbOrTx, targetId: string, action: string) {
  const [row] = await db
    .select({ at: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.createdAt))
    .limit(1);
  return row?.at ?? null;
}
