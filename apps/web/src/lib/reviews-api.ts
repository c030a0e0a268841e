import { asGuest, publicApi } from './server-api';

/** A provider's rating summary and a page of their reviews, newest first. */
export function fetchProviderReviews(providerId: string, options: { cursor?: string; limit: number }) {
  const query = { limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) };
  return asGuest(publicApi.GET('/api/v1/providers/{id}/reviews', { params: { path: { id: providerId }, query } }));
}
