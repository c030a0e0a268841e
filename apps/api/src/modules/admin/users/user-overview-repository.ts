import { type SQL, count, desc, eq, or } from 'drizzle-orm';
import { type PgTable, alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { auditLog } from '../../audit/audit.table.js';
import { complaints } from '../../complaints/complaints.table.js';
import { payments } from '../../payments/payments.table.js';
import { plans } from '../../subscriptions/plans.table.js';
import { responses } from '../../responses/responses.table.js';
import { subscriptionPeriods } from '../../subscriptions/subscriptions.table.js';
import { tasks } from '../../tasks/tasks.table.js';
import { users } from '../../users/users.table.js';

// Read-only views of one account across the modules, for the admin's user page: newest first,
// `limit` rows each, with a total. Nothing here writes.

async function total(db: DbOrTx, table: PgTable, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return Number(row?.n ?? 0);
}

export async function findTasksOf(db: DbOrTx, userId: string, limit: number) {
  const where = eq(tasks.customerId, userId);
  const items = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      status: tasks.status,
      createdAt: tasks.createdAt,
      hiddenAt: tasks.hiddenAt,
      hiddenCause: tasks.hiddenCause,
    })
    .from(tasks)
    .where(where)
    .orderBy(desc(tasks.createdAt), desc(tasks.id))
    .limit(limit);
  return { total: await total(db, tasks, where), items };
}

export async function findResponsesOf(db: DbOrTx, userId: string, limit: number) {
  const where = eq(responses.providerId, userId);
  const items = await db
    .select({
      id: responses.id,
      taskId: responses.taskId,
      taskTitle: tasks.title,
      status: responses.status,
      price: responses.price,
      createdAt: responses.createdAt,
    })
    .from(responses)
    .innerJoin(tasks, eq(tasks.id, responses.taskId))
    .where(where)
    .orderBy(desc(responses.createdAt), desc(responses.id))
    .limit(limit);
  return { total: await total(db, responses, where), items };
}

export async function findPeriodsOf(db: DbOrTx, userId: string, limit: number) {
  const where = eq(subscriptionPeriods.providerId, userId);
  const items = await db
    .select({
      id: subscriptionPeriods.id,
      planCode: plans.code,
      planName: plans.name,
      source: subscriptionPeriods.source,
      startsAt: subscriptionPeriods.startsAt,
      endsAt: subscriptionPeriods.endsAt,
      cancelledAt: subscriptionPeriods.cancelledAt,
      revokedAt: subscriptionPeriods.revokedAt,
      note: subscriptionPeriods.note,
    })
    .from(subscriptionPeriods)
    .innerJoin(plans, eq(plans.id, subscriptionPeriods.planId))
    .where(where)
    .orderBy(desc(subscriptionPeriods.startsAt), desc(subscriptionPeriods.id))
    .limit(limit);
  return { total: await total(db, subscriptionPeriods, where), items };
}

export async function findPaymentsOf(db: DbOrTx, userId: string, limit: number) {
  const where = eq(payments.userId, userId);
  const items = await db
    .select({
      id: payments.id,
      purpose: payments.purpose,
      planCode: plans.code,
      amount: payments.amount,
      currency: payments.currency,
      method: payments.method,
      status: payments.status,
      createdAt: payments.createdAt,
      paidAt: payments.paidAt,
    })
    .from(payments)
    .leftJoin(plans, eq(plans.id, payments.planId))
    .where(where)
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(limit);
  return { total: await total(db, payments, where), items };
}

/** Reports and stop-word flags about the account (`about`) or filed by it (`by`). */
export async function findComplaintsOf(db: DbOrTx, userId: string, side: 'about' | 'by', limit: number) {
  const where = side === 'about' ? eq(complaints.targetUserId, userId) : eq(complaints.reporterId, userId);
  const items = await db
    .select({
      id: complaints.id,
      source: complaints.source,
      targetType: complaints.targetType,
      targetId: complaints.targetId,
      reason: complaints.reason,
      text: complaints.text,
      status: complaints.status,
      createdAt: complaints.createdAt,
    })
    .from(complaints)
    .where(where)
    .orderBy(desc(complaints.createdAt), desc(complaints.id))
    .limit(limit);
  return { total: await total(db, complaints, where), items };
}

const actors = alias(users, 'actor');

/** audit_log columns with the actor's name and role (null when there was none or the account is gone). */
export const auditEntryColumns = {
  id: auditLog.id,
  actorId: actors.id,
  actorName: actors.name,
  actorRole: actors.role,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  ip: auditLog.ip,
  userAgent: auditLog.userAgent,
  before: auditLog.before,
  after: auditLog.after,
  meta: auditLog.meta,
  createdAt: auditLog.createdAt,
};
export { actors as auditActors };

/** What was done to the account and what the account did. */
export async function findAuditTrailOf(db: DbOrTx, userId: string, limit: number) {
  const where = or(eq(auditLog.targetId, userId), eq(auditLog.actorId, userId))!;
  const items = await db
    .select(auditEntryColumns)
    .from(auditLog)
    .leftJoin(actors, eq(actors.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
  return { total: await total(db, auditLog, where), items };
}
