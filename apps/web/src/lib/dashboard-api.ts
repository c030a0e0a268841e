import { asVisitor, sessionApi } from './server-api';

// Server only: the dashboard's figures, as the signed-in visitor.

export function fetchMyStats() {
  return asVisitor(sessionApi.GET('/api/v1/me/stats'));
}

/** The newest reviews the customer has written. */
export function fetchGivenReviews(limit: number) {
  return asVisitor(sessionApi.GET('/api/v1/me/reviews', { params: { query: { limit } } }));
}

export function fetchMySubscription() {
  return asVisitor(sessionApi.GET('/api/v1/me/subscription'));
}
