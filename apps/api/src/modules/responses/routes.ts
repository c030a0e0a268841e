import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateResponseRequest, ZResponse } from '@dastiyor/contracts';
import { requireAuth } from '../auth/session-plugin.js';
import { type ResponsesDeps, createResponse } from './create-response-service.js';

export const responseRoutes: FastifyPluginAsyncZod<{ deps: ResponsesDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/tasks/:id/responses',
    {
      schema: {
        operationId: 'createResponse',
        tags: ['responses'],
        summary: 'Respond to an open task (providers with an active subscription, within the daily limit)',
        params: z.object({ id: z.uuid() }),
        body: ZCreateResponseRequest,
        response: { 201: ZResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await createResponse(deps, requireAuth(request), request.params.id, request.body)),
  );
};
