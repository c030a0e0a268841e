import { type SQL, and, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type ComplaintRow, complaints } from './complaints.table.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

export type { ComplaintRow };
export type NewComplaint = typeof complaints.$inferInsert;

/** A second open report by the same person on the same target is a 409 (complaints_open_report_uq). */
export async function insertComplaint(db: DbOrTx, values: NewComplaint): Promise<ComplaintRow> {
  const [row] = await conflictOnUnique(
    db.insert(complaints).values(values).returning(),
    'complaints.already_reported',
    'You have already reported this; it is waiting for a moderator',
  );
  return row!;
}

/** Serialises one person's reports, so the rate limit's count and the insert cannot race. */
export async function lockReporter(db: DbOrTx, reporterId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`complaints:${reporterId}`}, 0))`);
}

export async function countReportsSince(db: DbOrTx, reporterId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(complaints)
    .where(and(eq(complaints.reporterId, reporterId), gt(complaints.createdAt, since)));
  return Number(row?.n ?? 0);
}

/** The oldest of a person's reports since `since`: when it leaves the window, one more is allowed. */
export async function oldestReportSince(db: DbOrTx, reporterId: string, since: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: complaints.createdAt })
    .from(complaints)
    .where(and(eq(complaints.reporterId, reporterId), gt(complaints.createdAt, since)))
    .orderBy(complaints.createdAt)
    .limit(1);
  return row?.at ?? null;
}

export async function hasOpenFlag(db: DbOrTx, targetType: ComplaintRow['targetType'], targetId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(
      and(
        eq(complaints.targetType, targetType),
        eq(complaints.targetId, targetId),
        eq(complaints.source, 'stop_word'),
        eq(complaints.status, 'open'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export interface QueueFilter {
  status: ComplaintRow['status'];
  source?: ComplaintRow['source'];
  targetType?: ComplaintRow['targetType'];
  before: KeysetPosition | null;
  limit: number;
}

/** The admin queue, newest first, keyset on (created_at, id) over complaints_queue_idx. */
export function findQueuePage(db: DbOrTx, filter: QueueFilter): Promise<ComplaintRow[]> {
  const conditions: SQL[] = [eq(complaints.status, filter.status)];
  if (filter.source) conditions.push(eq(complaints.source, filter.source));
  if (filter.targetType) conditions.push(eq(complaints.targetType, filter.targetType));
  const { before } = filter;
  if (before) {
    conditions.push(or(lt(complaints.createdAt, before.at), and(eq(complaints.createdAt, before.at), lt(complaints.id, before.id)))!);
  }
  return db
    .select()
    .from(complaints)
    .where(and(...conditions))
    .orderBy(desc(complaints.createdAt), desc(complaints.id))
    .limit(filter.limit);
}

export async function findComplaint(db: DbOrTx, id: string): Promise<ComplaintRow | null> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  return row ?? null;
}

export async function lockComplaint(db: DbOrTx, id: string): Promise<ComplaintRow | null> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id)).for('update');
  return row ?? null;
}

export async function updateComplaint(db: DbOrTx, id: string, values: Partial<NewComplaint>): Promise<ComplaintRow> {
  const [row] = await db.update(complaints).set(values).where(eq(complaints.id, id)).returning();
  return row!;
}
