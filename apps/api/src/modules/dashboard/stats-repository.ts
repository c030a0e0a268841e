import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { reviews } from '../reviews/reviews.table.js';
import { tasks } from '../tasks/tasks.table.js';

type TaskStatus = (typeof tasks.$inferSelect)['status'];

async function countByStatus(db: DbOrTx, where: ReturnType<typeof and>): Promise<Map<TaskStatus, number>> {
  const rows = await db.select({ status: tasks.status, n: count() }).from(tasks).where(where).groupBy(tasks.status);
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** A customer's tasks by status; drafts are never counted as posted. */
export function countCustomerTasks(db: DbOrTx, customerId: string) {
  return countByStatus(db, and(eq(tasks.customerId, customerId), isNotNull(tasks.publishedAt)));
}

/** The tasks a provider was selected for, by status. */
export function countProviderWork(db: DbOrTx, providerId: string) {
  return countByStatus(db, eq(tasks.selectedProviderId, providerId));
}

export async function countReviewsGiven(db: DbOrTx, customerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(reviews).where(eq(reviews.customerId, customerId));
  return Number(row?.n ?? 0);
}
