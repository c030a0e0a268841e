import { z } from 'zod';
import { ZCursorQuery, listOf } from './common';
import { reviewLimits } from './values/reviews';

export const ZCreateReviewRequest = z.object({
  rating: z.number().int().min(1).max(5),
  text: z.string().trim().min(reviewLimits.textMin).max(reviewLimits.textMax),
});
export type TCreateReviewRequest = z.infer<typeof ZCreateReviewRequest>;

export const ZReview = z.object({
  id: z.uuid(),
  rating: z.number().int().min(1).max(5),
  text: z.string(),
  createdAt: z.string(),
  /** The customer who wrote it: a first name and photo, never contacts. */
  author: z.object({ id: z.uuid(), name: z.string(), avatarUrl: z.string().nullable() }),
  task: z.object({ id: z.uuid(), title: z.string() }),
});
export type TReview = z.infer<typeof ZReview>;

export const ZReviewsQuery = ZCursorQuery;
/** A provider's reviews, newest first, with the summary the reviews page shows above them. */
export const ZProviderReviewsResponse = listOf(ZReview).extend({
  summary: z.object({
    ratingAverage: z.number().nullable(),
    reviewsCount: z.number().int(),
    /** How many reviews gave each number of stars. */
    breakdown: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
  }),
});
export type TProviderReviewsResponse = z.infer<typeof ZProviderReviewsResponse>;

/** A review the customer wrote, with the provider it is about (the customer dashboard). */
export const ZGivenReview = ZReview.extend({ provider: z.object({ id: z.uuid(), name: z.string() }) });
export type TGivenReview = z.infer<typeof ZGivenReview>;
export const ZGivenReviewsResponse = listOf(ZGivenReview);
