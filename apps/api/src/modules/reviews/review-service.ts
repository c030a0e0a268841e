import type { TCreateReviewRequest, TProviderReviewsResponse, TReview } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import { type RequestOrigin, recordAudit } from '../audit/index.js';
import type { AuthContext } from '../auth/index.js';
import type { Notifier } from '../../platform/notices/notifier.js';
import { findProviderProfile } from '../profiles/index.js';
import { findUserById } from '../users/index.js';
import { isReviewable, lockOwnTask } from '../tasks/index.js';
import { refreshProviderStanding } from './provider-standing.js';
import { presentReview } from './review-presenter.js';
import { countProviderRatings, findProviderReviews, findReviewOfTask, insertReview } from './reviews-repository.js';

export interface ReviewsDeps {
  db: Db;
  clock: () => Date;
  /** Tells the provider about the review. */
  notifier: Notifier;
}

/**
 * The customer's one review of the selected provider, after the task is completed. Anyone but the
 * task's customer gets 404; the rating is recomputed in the same transaction, so it shows at once.
 */
export async function createReview(
  deps: ReviewsDeps,
  auth: AuthContext,
  taskId: string,
  input: TCreateReviewRequest,
  origin: RequestOrigin,
): Promise<TReview> {
  const now = deps.clock();
  const { notified, saved } = await deps.db.transaction(async (tx) => {
    const task = await lockOwnTask(tx, taskId, auth.user.id);
    if (!task || task.status === 'draft') throw notFound('No such task');
    if (!isReviewable(task) || !task.selectedProviderId) throw new AppError('conflict', 'Only a completed task can be reviewed');
    const review = await insertReview(tx, {
      taskId,
      customerId: auth.user.id,
      providerId: task.selectedProviderId,
      rating: input.rating,
      text: input.text,
      createdAt: now,
    });
    await refreshProviderStanding(tx, task.selectedProviderId, now);
    await recordAudit(tx, now, origin, {
      actorId: auth.user.id,
      action: 'review.created',
      targetType: 'review',
      targetId: review.id,
      after: { taskId, providerId: task.selectedProviderId, rating: input.rating },
    });
    const params = { taskTitle: task.title, customerName: auth.user.name, rating: input.rating };
    const notified = await deps.notifier.notify(tx, {
      eventKey: `review.new:${review.id}`,
      recipients: [{ userId: task.selectedProviderId, type: 'review.new', link: `/providers/${task.selectedProviderId}/reviews`, params }],
    });
    // Presented before the commit: a read after it could fail and call a saved review failed.
    return { notified, saved: presentReview((await findReviewOfTask(tx, taskId))!) };
  });
  await deps.notifier.publish(notified);
  return saved;
}

/** The reviews page of a provider: the summary and the visible reviews, newest first. */
export async function listProviderReviews(
  deps: ReviewsDeps,
  providerId: string,
  query: { cursor?: string; limit: number },
): Promise<TProviderReviewsResponse> {
  const user = await findUserById(deps.db, providerId);
  if (!user || user.role !== 'provider' || user.status !== 'active') throw notFound('No such provider');
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const [rows, counts, profile] = await Promise.all([
    findProviderReviews(deps.db, providerId, after, query.limit + 1),
    countProviderRatings(deps.db, providerId),
    findProviderProfile(deps.db, providerId),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const breakdown = { 1: counts.get(1) ?? 0, 2: counts.get(2) ?? 0, 3: counts.get(3) ?? 0, 4: counts.get(4) ?? 0, 5: counts.get(5) ?? 0 };
  return {
    items: page.map(presentReview),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    summary: {
      ratingAverage: profile?.ratingAverage ?? null,
      reviewsCount: Object.values(breakdown).reduce((a, b) => a + b, 0),
      breakdown,
    },
  };
}
