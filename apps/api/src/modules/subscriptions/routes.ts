import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZMySubscription, ZPlansResponse } from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { listPlans } from './plans-service.js';
import { type SubscriptionsDeps, cancelSubscription, getMySubscription, startTrial } from './subscriptions-service.js';

const tags = ['subscriptions'];

export const subscriptionRoutes: FastifyPluginAsyncZod<{ deps: SubscriptionsDeps }> = async (app, { deps }) => {
  const { db } = deps;
  app.get(
    '/api/v1/plans',
    {
      schema: {
        operationId: 'listPlans',
        tags: ['subscriptions'],
        summary: 'Provider plans on sale (prices in diram)',
        response: { 200: ZPlansResponse },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return { items: await listPlans(db), nextCursor: null };
    },
  );

  app.get(
    '/api/v1/me/subscription',
    {
      schema: {
        operationId: 'getMySubscription',
        tags,
        summary: 'Status derived from dates; providers only',
        response: { 200: ZMySubscription },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return getMySubscription(deps, requireAuth(request));
    },
  );

  app.post(
    '/api/v1/subscriptions/trial',
    {
      schema: {
        operationId: 'startTrial',
        tags,
        summary: 'The free Standard trial: once, with a verified phone',
        response: { 200: ZMySubscription },
      },
    },
    async (request) => startTrial(deps, requireAuth(request), originOf(request)),
  );

  app.post(
    '/api/v1/subscriptions/cancel',
    {
      schema: {
        operationId: 'cancelSubscription',
        tags,
        summary: 'Stop renewal; usable to the paid end',
        response: { 200: ZMySubscription },
      },
    },
    async (request) => cancelSubscription(deps, requireAuth(request), originOf(request)),
  );
};
