import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZComplaintReceipt, ZCreateComplaintRequest, ZIdempotencyHeaders } from '@dastiyor/contracts';
import { requireAuth } from '../auth/index.js';
import { type ComplaintsDeps, reportContent } from './create-complaint-service.js';

/** POST /api/v1/complaints: a signed-in person reports a task, a user, a review or a message. */
export const complaintRoutes: FastifyPluginAsyncZod<{ deps: ComplaintsDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/complaints',
    {
      // A guest learns 401 before anything about the body.
      onRequest: async (request) => void requireAuth(request),
      config: { idempotent: true },
      schema: {
        operationId: 'createComplaint',
        tags: ['complaints'],
        summary: 'Report a task, a user, a review or a message to the moderators (signed in; 10 an hour, 30 a day)',
        headers: ZIdempotencyHeaders,
        body: ZCreateComplaintRequest,
        response: { 201: ZComplaintReceipt },
      },
    },
    async (request, reply) => reply.status(201).send(await reportContent(deps, requireAuth(request), request.body)),
  );
};
