import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCursorQuery, ZMyBalance } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { requireAuth } from '../auth/index.js';
import { getMyBalance } from './balance-service.js';

const tags = ['balance'];

/** The wallet's reading side; topping it up is a checkout, in payments/routes.ts. */
export const balanceRoutes: FastifyPluginAsyncZod<{ deps: { db: Db } }> = async (app, { deps }) => {
  app.get(
    '/api/v1/me/balance',
    {
      schema: {
        operationId: 'getMyBalance',
        tags,
        summary: 'The provider’s balance (diram) and ledger, newest first',
        querystring: ZCursorQuery,
        response: { 200: ZMyBalance },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return getMyBalance(deps.db, requireAuth(request), request.query);
    },
  );
};
