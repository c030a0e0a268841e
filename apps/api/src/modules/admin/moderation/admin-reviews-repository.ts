import { type SQL, and, desc, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { reviews } from '../../reviews/reviews.table.js';
import { tasks } from '../../tasks/tasks.table.js';
import { users } from '../../users/users.table.js';
import type { KeysetPosition } from '../../../platform/pagination/keyset-cursor.js';

const customer = alias(users, 'customer');
const provider = alias(users, 'provider');

const adminReviewView = {
  id: reviews.id,
  rating: reviews.rating,
  text: reviews.text,
  createdAt: reviews.createdAt,
  hiddenAt: reviews.hiddenAt,
  hiddenReason: reviews.hiddenReason,
  customerId: customer.id,
  customerName: customer.name,
  providerId: provider.id,
  providerName: provider.name,
  taskId: tasks.id,
  taskTitle: tasks.title,
};

function selectAdminReviews(db: DbOrTx) {
  return db
    .select(adminReviewView)
    .from(reviews)
    .innerJoin(customer, eq(customer.id, reviews.customerId))
    .innerJoin(provider, eq(provider.id, reviews.providerId))
    .innerJoin(tasks, eq(tasks.id, reviews.taskId));
}

export type AdminReviewView = NonNullable<Awaited<ReturnType<typeof findAdminReview>>>;

/** Every review, hidden ones too, newest first, keyset on (created_at, id). */
export function findAdminReviews(
  db: DbOrTx,
  filter: { hidden?: boolean; providerId?: string; before: KeysetPosition | null; limit: number },
) {
  const conditions: SQL[] = [];
  if (filter.hidden !== undefined) conditions.push(filter.hidden ? isNotNull(reviews.hiddenAt) : isNull(reviews.hiddenAt));
  if (filter.providerId) conditions.push(eq(reviews.providerId, filter.providerId));
  const { before } = filter;
  if (before) conditions.push(or(lt(reviews.createdAt, before.at), and(eq(reviews.createdAt, before.at), lt(reviews.id, before.id)))!);
  return selectAdminReviews(db)
    .where(and(...conditions))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(filter.limit);
}

export async function findAdminReview(db: DbOrTx, id: string) {
  const [row] = await selectAdminReviews(db).where(eq(reviews.id, id));
  return row ?? null;
}

export async function lockReview(db: DbOrTx, id: string) {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, id)).for('update');
  return row ?? null;
}

export async function setReviewHidden(db: DbOrTx, id: string, hidden: { at: Date; reason: string } | null): Promise<void> {
  await db
    .update(reviews)
    .set({ hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null })
    .where(eq(reviews.id, id));
}
