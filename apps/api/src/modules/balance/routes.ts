import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCursorQuery, ZIdempotencyHeaders, ZMyBalance, ZTopUpRequest, ZTopUpResponse } from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/session-plugin.js';
import type { PaymentsDeps } from '../payments/payments-deps.js';
import { checkoutTopUp } from '../payments/top-up-service.js';
import { getMyBalance } from './balance-service.js';

const tags = ['balance'];

export const balanceRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps }> = async (app, { deps }) => {
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

  app.post(
    '/api/v1/me/balance/top-ups',
    {
      config: { idempotent: true },
      schema: {
        operationId: 'topUpBalance',
        tags,
        summary: 'A pending top-up and the page to pay on; the balance is credited when the acquirer confirms',
        headers: ZIdempotencyHeaders,
        body: ZTopUpRequest,
        response: { 201: ZTopUpResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await checkoutTopUp(deps, requireAuth(request), request.body.amount, originOf(request))),
  );
};
