import type { TGivenReview, TMyStats, TMySubscription } from '@dastiyor/contracts';
import { getWithSession, isRecord, type SessionGetResult } from './session-api';

// Server only: the dashboard's figures, as the signed-in visitor.

const isStats = (body: unknown) => isRecord(body) && (body.role === 'provider' || body.role === 'customer');
const isList = (body: unknown) => isRecord(body) && Array.isArray(body.items);
const isSubscription = (body: unknown) => isRecord(body) && typeof body.status === 'string';

export function fetchMyStats(): Promise<SessionGetResult<TMyStats>> {
  return getWithSession('/api/v1/me/stats', isStats);
}

/** The newest reviews the customer has written. */
export function fetchGivenReviews(limit: number): Promise<SessionGetResult<{ items: TGivenReview[]; nextCursor: string | null }>> {
  return getWithSession(`/api/v1/me/reviews?limit=${limit}`, isList);
}

export function fetchMySubscription(): Promise<SessionGetResult<TMySubscription>> {
  return getWithSession('/api/v1/me/subscription', isSubscription);
}
