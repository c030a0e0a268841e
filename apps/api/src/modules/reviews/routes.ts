import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateReviewRequest, ZIdempotencyHeaders, ZProviderReviewsResponse, ZReview, ZReviewsQuery } from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { type ReviewsDeps, createReview, listProviderReviews } from './review-service.js';

const tags = ['reviews'];
const ZIdParams = z.object({ id: z.uuid() });

export const reviewRoutes: FastifyPluginAsyncZod<{ deps: ReviewsDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/tasks/:id/review',
    {
      config: { idempotent: true },
      schema: {
        operationId: 'createReview',
        tags,
        summary: 'Review the selected provider of a completed task, once (its customer)',
        headers: ZIdempotencyHeaders,
        params: ZIdParams,
        body: ZCreateReviewRequest,
        response: { 201: ZReview },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReview(deps, requireAuth(request), request.params.id, request.body, originOf(request))),
  );

  app.get(
    '/api/v1/providers/:id/reviews',
    {
      schema: {
        operationId: 'listProviderReviews',
        tags,
        summary: "A provider's rating summary and visible reviews, newest first",
        params: ZIdParams,
        querystring: ZReviewsQuery,
        response: { 200: ZProviderReviewsResponse },
      },
    },
    async (request) => listProviderReviews(deps, request.params.id, request.query),
  );
};
