import type { TAdminReview, TAdminReviewsResponse } from '@dastiyor/contracts';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset-cursor.js';
import { type RequestOrigin, recordAudit } from '../../audit/index.js';
import { type Actor, assertAdmin } from '../../auth/index.js';
import { refreshProviderStanding } from '../../reviews/index.js';
import type { AdminDeps } from '../admin-deps.js';
import { type AdminReviewView, findAdminReview, findAdminReviews, lockReview, setReviewHidden } from './admin-reviews-repository.js';

function presentAdminReview(row: AdminReviewView): TAdminReview {
  return {
    id: row.id,
    rating: row.rating,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    hiddenAt: row.hiddenAt?.toISOString() ?? null,
    hiddenReason: row.hiddenReason,
    customer: { id: row.customerId, name: row.customerName },
    provider: { id: row.providerId, name: row.providerName },
    task: { id: row.taskId, title: row.taskTitle },
  };
}

export async function listAdminReviews(
  deps: Pick<AdminDeps, 'db'>,
  admin: Actor,
  query: { hidden?: boolean; providerId?: string; cursor?: string; limit: number },
): Promise<TAdminReviewsResponse> {
  assertAdmin(admin);
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findAdminReviews(deps.db, { hidden: query.hidden, providerId: query.providerId, before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAdminReview),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/**
 * Hides a review from the provider's public page (reason given) or shows it again. The provider's rating and
 * reviews count are recomputed without hidden reviews in the same transaction, under the standing lock.
 */
export async function setReviewVisibility(
  deps: Pick<AdminDeps, 'db' | 'clock'>,
  admin: Actor,
  id: string,
  change: { hide: true; reason: string } | { hide: false },
  origin: RequestOrigin,
): Promise<TAdminReview> {
  assertAdmin(admin);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const review = await lockReview(tx, id);
    if (!review) throw notFound('No such review');
    if (change.hide && review.hiddenAt) throw new AppError('conflict', 'The review is already hidden');
    if (!change.hide && !review.hiddenAt) throw new AppError('conflict', 'The review is not hidden');
    await setReviewHidden(tx, id, change.hide ? { at: now, reason: change.reason } : null);
    await refreshProviderStanding(tx, review.providerId, now);
    await recordAudit(tx, now, origin, {
      actorId: admin.id,
      action: change.hide ? 'review.hide' : 'review.unhide',
      targetType: 'review',
      targetId: id,
      before: { hiddenAt: review.hiddenAt?.toISOString() ?? null, hiddenReason: review.hiddenReason },
      after: change.hide ? { hiddenAt: now.toISOString(), hiddenReason: change.reason } : { hiddenAt: null, hiddenReason: null },
      meta: { providerId: review.providerId },
    });
  });
  return presentAdminReview((await findAdminReview(deps.db, id))!);
}
