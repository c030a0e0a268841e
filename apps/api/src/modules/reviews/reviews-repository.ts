import { type SQL, and, avg, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, loadAll } from '../../db/client.js';
import { reviews } from './reviews.table.js';
import { findTaskTitles } from '../tasks/index.js';
import { findUserNames } from '../users/index.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';

export type ReviewRow = typeof reviews.$inferSelect;

/** One review per task: a second one is a 409, even when two arrive at once. */
export async function insertReview(db: DbOrTx, values: typeof reviews.$inferInsert): Promise<ReviewRow> {
  const [row] = await conflictOnUnique(db.insert(reviews).values(values).returning(), 'conflict', 'This task already has a review');
  return row!;
}

export interface ReviewView {
  id: string;
  rating: number;
  text: string;
  createdAt: Date;
  authorId: string;
  authorName: string;
  authorAvatarFileId: string | null;
  taskId: string;
  taskTitle: string;
}

/**
 * Reviews with their author's name and their task's title, looked up through the users and tasks modules in
 * one query each. A review whose author or task is gone cannot exist (both are foreign keys), so none is dropped.
 */
async function withAuthorsAndTasks(db: DbOrTx, rows: ReviewRow[]): Promise<ReviewView[]> {
  const [authors, titles] = await loadAll(db, [
    () =>
      findUserNames(
        db,
        rows.map((r) => r.customerId),
      ),
    () =>
      findTaskTitles(
        db,
        rows.map((r) => r.taskId),
      ),
  ] as const);
  return rows.map((r) => {
    const author = authors.get(r.customerId);
    return {
      id: r.id,
      rating: r.rating,
      text: r.text,
      createdAt: r.createdAt,
      authorId: r.customerId,
      authorName: author?.name ?? '',
      authorAvatarFileId: author?.avatarFileId ?? null,
      taskId: r.taskId,
      taskTitle: titles.get(r.taskId) ?? '',
    };
  });
}

/** The review of a task, hidden or not (its two participants still see what was written). */
export async function findReviewOfTask(db: DbOrTx, taskId: string): Promise<ReviewView | null> {
  const rows = await db.select().from(reviews).where(eq(reviews.taskId, taskId));
  const [view] = await withAuthorsAndTasks(db, rows);
  return view ?? null;
}

/** A provider's visible reviews, newest first, keyset on (created_at, id). */
export async function findProviderReviews(
  db: DbOrTx,
  providerId: string,
  after: KeysetPosition | null,
  limit: number,
): Promise<ReviewView[]> {
  const conditions: SQL[] = [eq(reviews.providerId, providerId), isNull(reviews.hiddenAt)];
  if (after) conditions.push(or(lt(reviews.createdAt, after.at), and(eq(reviews.createdAt, after.at), lt(reviews.id, after.id)))!);
  const rows = await db
    .select()
    .from(reviews)
    .where(and(...conditions))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
  return withAuthorsAndTasks(db, rows);
}

/** The reviews a customer wrote (hidden ones too: they are still their words), newest first, keyset on (created_at, id). */
export function findReviewsWrittenBy(db: DbOrTx, customerId: string, after: KeysetPosition | null, limit: number): Promise<ReviewRow[]> {
  const conditions: SQL[] = [eq(reviews.customerId, customerId)];
  if (after) conditions.push(or(lt(reviews.createdAt, after.at), and(eq(reviews.createdAt, after.at), lt(reviews.id, after.id)))!);
  return db
    .select()
    .from(reviews)
    .where(and(...conditions))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
}

/** How many reviews a customer wrote, hidden ones included. */
export async function countReviewsWrittenBy(db: DbOrTx, customerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(reviews).where(eq(reviews.customerId, customerId));
  return Number(row?.n ?? 0);
}

/** Who wrote a review and about whom, and whether moderation hid it (what reporting it needs); null for an unknown id. */
export async function findReviewParties(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ customerId: reviews.customerId, providerId: reviews.providerId, hiddenAt: reviews.hiddenAt })
    .from(reviews)
    .where(eq(reviews.id, id));
  return row ?? null;
}

/** How many visible reviews gave each number of stars. */
export async function countProviderRatings(db: DbOrTx, providerId: string): Promise<Map<number, number>> {
  const rows = await db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(and(eq(reviews.providerId, providerId), isNull(reviews.hiddenAt)))
    .groupBy(reviews.rating);
  return new Map(rows.map((r) => [r.rating, Number(r.n)]));
}

/** The figures a provider's profile carries, recomputed from the rows (never adjusted by increments). */
export async function computeProviderRating(db: DbOrTx, providerId: string) {
  const [rating] = await db
    .select({ average: avg(reviews.rating), n: count() })
    .from(reviews)
    .where(and(eq(reviews.providerId, providerId), isNull(reviews.hiddenAt)));
  return {
    ratingAverage: rating?.average === null || rating?.average === undefined ? null : Math.round(Number(rating.average) * 100) / 100,
    reviewsCount: Number(rating?.n ?? 0),
  };
}

/** Serialises standing updates of one provider, so two reviews at once both count. */
export async function lockProviderStanding(db: DbOrTx, providerId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`standing:${providerId}`}, 0))`);
}
