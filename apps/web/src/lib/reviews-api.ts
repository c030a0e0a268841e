import type { TProviderReviewsResponse } from '@dastiyor/contracts';
import { type ApiResult, getJson, isRecord } from './api';

const looksLikeReviews = (body: unknown) => isRecord(body) && Array.isArray(body.items) && isRecord(body.summary);

/** A provider's rating summary and a page of their reviews, newest first. */
export function fetchProviderReviews(
  providerId: string,
  options: { cursor?: string; limit: number },
): Promise<ApiResult<TProviderReviewsResponse>> {
  const query = new URLSearchParams({ limit: String(options.limit), ...(options.cursor ? { cursor: options.cursor } : {}) });
  return getJson(`/api/v1/providers/${providerId}/reviews?${query}`, looksLikeReviews);
}
