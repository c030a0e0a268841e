import { and, between, count, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { taskAttachments, tasks } from './tasks.table.js';
import { findImages } from '../files/index.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';
import { spamFingerprint } from '../moderation/index.js';

export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = typeof tasks.$inferInsert;

/**
 * The stored fingerprint follows the text: every write naming the title or the description names both
 * (an edit writes the merged task), so the duplicate rule never reads a stale one.
 */
export function withTextFingerprint<T extends Partial<NewTask>>(values: T): T {
  if (values.title === undefined && values.description === undefined) return values;
  if (values.title === undefined || values.description === undefined) throw new Error('A task text write needs both title and description');
  return { ...values, textFingerprint: spamFingerprint(values.title, values.description) };
}

export async function insertTask(db: DbOrTx, values: NewTask): Promise<TaskRow> {
  const [row] = await db.insert(tasks).values(withTextFingerprint(values)).returning();
  return row!;
}

export async function findTaskById(db: DbOrTx, id: string): Promise<TaskRow | null> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).limit(1);
  return row ?? null;
}

/** The titles other modules show beside their own rows (a review's task, say), by id, in one query. */
export async function findTaskTitles(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: tasks.id, title: tasks.title })
    .from(tasks)
    .where(inArray(tasks.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.title]));
}

export type TaskState = Pick<TaskRow, 'id' | 'title' | 'status' | 'closedAt'>;

/** A task's title and where it stands (its status, when it closed), by id, in one query: what a chat shows of its task. */
export async function findTaskStates(db: DbOrTx, ids: string[]): Promise<Map<string, TaskState>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: tasks.id, title: tasks.title, status: tasks.status, closedAt: tasks.closedAt })
    .from(tasks)
    .where(inArray(tasks.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The task, held against a status change until the transaction ends: a response being written and the
 * customer's selection (which locks the row for update) then happen one after the other, never across.
 */
export async function findTaskForShare(db: DbOrTx, id: string): Promise<TaskRow | null> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).limit(1).for('share');
  return row ?? null;
}

/** Any task, locked for update (admin actions). */
export async function lockTaskById(db: DbOrTx, id: string): Promise<TaskRow | null> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).limit(1).for('update');
  return row ?? null;
}

/** The task of one customer, locked; someone else's task reads as missing. */
export async function lockOwnTask(db: DbOrTx, id: string, customerId: string): Promise<TaskRow | null> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), eq(tasks.customerId, customerId)))
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function updateTask(db: DbOrTx, id: string, set: Partial<NewTask>): Promise<TaskRow> {
  const [row] = await db.update(tasks).set(withTextFingerprint(set)).where(eq(tasks.id, id)).returning();
  return row!;
}

/** Serialises one customer's publishing, so parallel requests cannot slip past the daily limit. */
export async function lockCustomerPublishing(db: DbOrTx, customerId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`publish:${customerId}`}, 0))`);
}

export async function countPublishedSince(db: DbOrTx, customerId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(tasks)
    .where(and(eq(tasks.customerId, customerId), gte(tasks.publishedAt, since)));
  return Number(row?.n ?? 0);
}

/**
 * Another task of this customer published since `since` with the same title and description, compared
 * normalised (`spamKey`: case, punctuation, whitespace, invisible characters, look-alike letters): one
 * indexed equality on the stored fingerprint (tasks_customer_fingerprint_idx).
 */
export async function findSameTextPublished(
  db: DbOrTx,
  customerId: string,
  title: string,
  description: string,
  since: Date,
  exceptId: string | null,
) {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        eq(tasks.customerId, customerId),
        eq(tasks.textFingerprint, spamFingerprint(title, description)),
        gte(tasks.publishedAt, since),
        ...(exceptId ? [sql`${tasks.id} <> ${exceptId}`] : []),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Files the customer uploaded as task photos that no other task holds yet (or that `taskId` holds). */
export async function findAttachableFiles(db: DbOrTx, ownerId: string, ids: string[], taskId: string | null) {
  if (ids.length === 0) return [];
  const own = (await findImages(db, ids)).filter((f) => f.ownerId === ownerId && f.kind === 'task_photo').map((f) => f.id);
  if (own.length === 0) return [];
  const held = await db
    .select({ fileId: taskAttachments.fileId })
    .from(taskAttachments)
    .where(and(inArray(taskAttachments.fileId, own), ...(taskId ? [ne(taskAttachments.taskId, taskId)] : [])));
  const heldIds = new Set(held.map((h) => h.fileId));
  return own.filter((id) => !heldIds.has(id)).map((id) => ({ id }));
}

export async function replaceAttachments(db: DbOrTx, taskId: string, fileIds: string[]): Promise<void> {
  await db.delete(taskAttachments).where(eq(taskAttachments.taskId, taskId));
  if (fileIds.length > 0) await db.insert(taskAttachments).values(fileIds.map((fileId, i) => ({ taskId, fileId, sortOrder: i })));
}

/** One customer's tasks, newest first, keyset on (created_at, id). */
export async function findCustomerTasks(
  db: DbOrTx,
  customerId: string,
  status: TaskRow['status'] | undefined,
  after: KeysetPosition | null,
  limit: number,
) {
  const conditions: SQL[] = [eq(tasks.customerId, customerId)];
  if (status) conditions.push(eq(tasks.status, status));
  if (after) conditions.push(or(lt(tasks.createdAt, after.at), and(eq(tasks.createdAt, after.at), lt(tasks.id, after.id)))!);
  return db
    .select({ id: tasks.id, createdAt: tasks.createdAt })
    .from(tasks)
    .where(and(...conditions))
    .orderBy(desc(tasks.createdAt), desc(tasks.id))
    .limit(limit);
}

/** The task holding a file, if any. */
export async function findTaskOfAttachment(db: DbOrTx, fileId: string) {
  const [row] = await db
    .select({ status: tasks.status, customerId: tasks.customerId, hidden: sql<boolean>`${tasks.hiddenAt} is not null` })
    .from(taskAttachments)
    .innerJoin(tasks, eq(tasks.id, taskAttachments.taskId))
    .where(eq(taskAttachments.fileId, fileId))
    .limit(1);
  return row ?? null;
}

async function countByStatus(db: DbOrTx, where: SQL | undefined): Promise<Map<TaskRow['status'], number>> {
  const rows = await db.select({ status: tasks.status, n: count() }).from(tasks).where(where).groupBy(tasks.status);
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** A customer's tasks by status, for their dashboard; drafts are never counted as posted. */
export function countPublishedTasksByStatus(db: DbOrTx, customerId: string) {
  return countByStatus(db, and(eq(tasks.customerId, customerId), isNotNull(tasks.publishedAt)));
}

/** The tasks a provider was selected for, by status, for their dashboard. */
export function countSelectedTasksByStatus(db: DbOrTx, providerId: string) {
  return countByStatus(db, eq(tasks.selectedProviderId, providerId));
}

/** Tasks a provider finished, for the standing on the provider's card. */
export async function countCompletedTasksOf(db: DbOrTx, providerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(tasks)
    .where(and(eq(tasks.selectedProviderId, providerId), eq(tasks.status, 'completed')));
  return Number(row?.n ?? 0);
}

/**
 * Marks an open task as announced to matching providers and answers what the announcement needs; null when the
 * task is no longer open. A hidden task is marked too (its announcement is skipped, not retried).
 */
export async function markTaskMatched(db: DbOrTx, taskId: string, now: Date) {
  const [row] = await db
    .update(tasks)
    .set({ matchedAt: now })
    .where(and(eq(tasks.id, taskId), eq(tasks.status, 'new')))
    .returning({
      id: tasks.id,
      title: tasks.title,
      publishedAt: tasks.publishedAt,
      categoryId: tasks.categoryId,
      subcategoryId: tasks.subcategoryId,
      cityId: tasks.cityId,
      districtId: tasks.districtId,
      hiddenAt: tasks.hiddenAt,
    });
  return row ?? null;
}

/** Open, visible tasks published in the window that were never announced (their job was lost). */
export async function findUnannouncedTaskIds(db: DbOrTx, from: Date, to: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.status, 'new'), isNull(tasks.matchedAt), isNull(tasks.hiddenAt), between(tasks.publishedAt, from, to)))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** What the visibility rule (task-policy.ts) needs of a task, or null when there is no such task. */
export async function findTaskVisibility(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ customerId: tasks.customerId, status: tasks.status, hidden: sql<boolean>`${tasks.hiddenAt} is not null` })
    .from(tasks)
    .where(eq(tasks.id, id));
  return row ?? null;
}
