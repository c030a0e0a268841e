import { type SQL, and, avg, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { reviews } from './reviews.table.js';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';
import { conflictOnUnique } from '../../platform/http/unique-violation.js';

export type ReviewRow = typeof reviews.$inferSelect;

/** One review per task: a second one is a 409, even when two arrive at once. */
export async function insertReview(db: DbOrTx, values: typeof reviews.$inferInsert): Promise<ReviewRow> {
  const [row] = await conflictOnUnique(db.insert(reviews).values(values).returning(), 'conflict', 'This task already has a review');
  return row!;
}

const reviewView = {
  id: reviews.id,
  rating: reviews.rating,
  text: reviews.text,
  createdAt: reviews.createdAt,
  authorId: users.id,
  authorName: users.name,
  authorAvatarFileId: users.avatarFileId,
  taskId: tasks.id,
  taskTitle: tasks.title,
};
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

/** The review of a task, hidden or not (its two participants still see what was written). */
export async function findReviewOfTask(db: DbOrTx, taskId: string): Promise<ReviewView | null> {
  const [row] = await db
    .select(reviewView)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.customerId))
    .innerJoin(tasks, eq(tasks.id, reviews.taskId))
    .where(eq(reviews.taskId, taskId));
  return row ?? null;
}

/** A provider's visible reviews, newest first, keyset on (created_at, id). */
export function findProviderReviews(db: DbOrTx, providerId: string, after: KeysetPosition | null, limit: number): Promise<ReviewView[]> {
  const conditions: SQL[] = [eq(reviews.providerId, providerId), isNull(reviews.hiddenAt)];
  if (after) conditions.push(or(lt(reviews.createdAt, after.at), and(eq(reviews.createdAt, after.at), lt(reviews.id, after.id)))!);
  return db
    .select(reviewView)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.customerId))
    .innerJoin(tasks, eq(tasks.id, reviews.taskId))
    .where(and(...conditions))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
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
