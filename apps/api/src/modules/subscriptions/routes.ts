import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZPlansResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { listPlans } from './plans-service.js';

export const subscriptionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
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
};
