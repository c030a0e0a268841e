import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZGivenReviewsResponse, ZMyStats, ZReviewsQuery } from '@dastiyor/contracts';
import { requireAuth } from '../auth/index.js';
import { listGivenReviews } from './given-reviews-service.js';
import { type DashboardDeps, myStats } from './stats-service.js';

const tags = ['me'];

export const dashboardRoutes: FastifyPluginAsyncZod<{ deps: DashboardDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/me/stats',
    {
      schema: {
        operationId: 'getMyStats',
        tags,
        summary: "The figures of the caller's dashboard: a provider's responses and rating, a customer's tasks and reviews",
        response: { 200: ZMyStats },
      },
    },
    async (request) => myStats(deps, requireAuth(request)),
  );

  app.get(
    '/api/v1/me/reviews',
    {
      schema: {
        operationId: 'listGivenReviews',
        tags,
        summary: 'The reviews the customer has written, newest first',
        querystring: ZReviewsQuery,
        response: { 200: ZGivenReviewsResponse },
      },
    },
    async (request) => listGivenReviews(deps, requireAuth(request), request.query),
  );
};
