import { type SQL, and, desc, eq, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { reviews } from '../reviews/reviews.table.js';
import { tasks } from '../tasks/tasks.table.js';
import { users } from '../users/users.table.js';
import type { KeysetPosition } from '../../platform/pagination/keyset-cursor.js';

const provider = alias(users, 'provider');

/** The reviews a customer wrote (hidden ones too: they are still their words), newest first, keyset on (created_at, id). */
export function findGivenReviews(db: DbOrTx, customerId: string, after: KeysetPosition | null, limit: number) {
  const conditions: SQL[] = [eq(reviews.customerId, customerId)];
  if (after) conditions.push(or(lt(reviews.createdAt, after.at), and(eq(reviews.createdAt, after.at), lt(reviews.id, after.id)))!);
  return db
    .select({
      id: reviews.id,
      rating: reviews.rating,
      text: reviews.text,
      createdAt: reviews.createdAt,
      authorId: users.id,
      authorName: users.name,
      authorAvatarFileId: users.avatarFileId,
      taskId: tasks.id,
      taskTitle: tasks.title,
      providerId: provider.id,
      providerName: provider.name,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.customerId))
    .innerJoin(provider, eq(provider.id, reviews.providerId))
    .innerJoin(tasks, eq(tasks.id, reviews.taskId))
    .where(and(...conditions))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
}
