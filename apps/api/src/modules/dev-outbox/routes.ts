import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZOutboxQuery, ZOutboxResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { listOutboxMessages } from '../../platform/outbox/outbox-repository.js';

/** Registered only outside production: mail and SMS captured by the outbox transports. */
export const devOutboxRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/dev/outbox',
    {
      schema: {
        operationId: 'listDevOutbox',
        tags: ['dev'],
        summary: 'Emails and SMS captured by the dev outbox, newest first',
        querystring: ZOutboxQuery,
        response: { 200: ZOutboxResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: await listOutboxMessages(db, request.query.to) };
    },
  );
};
