import type { TGivenReview } from '@dastiyor/contracts';
import { forbidden } from '../../platform/http/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination/keyset-cursor.js';
import type { AuthContext } from '../auth/index.js';
import { presentReview } from '../reviews/index.js';
import { findGivenReviews } from './given-reviews-repository.js';
import type { DashboardDeps } from './stats-service.js';

/** "My reviews" of a customer: what they wrote and about whom. */
export async function listGivenReviews(
  deps: DashboardDeps,
  auth: AuthContext,
  query: { cursor?: string; limit: number },
): Promise<{ items: TGivenReview[]; nextCursor: string | null }> {
  if (auth.user.role !== 'customer') throw forbidden('Only customers write reviews');
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await findGivenReviews(deps.db, auth.user.id, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...presentReview(row), provider: { id: row.providerId, name: row.providerName } })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
