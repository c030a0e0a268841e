import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateResponseRequest,
  ZIdempotencyHeaders,
  ZMyResponsesQuery,
  ZMyResponsesResponse,
  ZRejectResponseRequest,
  ZResponse,
  ZSelectResponseResult,
  ZTaskResponsesResponse,
  ZUpdateResponseRequest,
} from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { type ResponsesDeps, createResponse } from './create-response-service.js';
import { editResponse, withdrawResponse } from './response-edit-service.js';
import { listMyResponses, listTaskResponses } from './response-lists-service.js';
import { rejectResponse, selectResponse } from './selection-service.js';

const tags = ['responses'];
const ZIdParams = z.object({ id: z.uuid() });

export const responseRoutes: FastifyPluginAsyncZod<{ deps: ResponsesDeps }> = async (app, { deps }) => {
  app.post(
    '/api/v1/tasks/:id/responses',
    {
      config: { idempotent: true },
      schema: {
        operationId: 'createResponse',
        tags,
        summary: 'Respond to an open task (providers with an active subscription, within the daily limit)',
        headers: ZIdempotencyHeaders,
        params: ZIdParams,
        body: ZCreateResponseRequest,
        response: { 201: ZResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await createResponse(deps, requireAuth(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/tasks/:id/responses',
    {
      schema: {
        operationId: 'listTaskResponses',
        tags,
        summary: "A task's responses, Premium first then the earliest (its customer only)",
        params: ZIdParams,
        response: { 200: ZTaskResponsesResponse },
      },
    },
    async (request) => listTaskResponses(deps, requireAuth(request), request.params.id),
  );

  app.patch(
    '/api/v1/responses/:id',
    {
      schema: {
        operationId: 'editResponse',
        tags,
        summary: 'Edit your pending response while the task is open',
        params: ZIdParams,
        body: ZUpdateResponseRequest,
        response: { 200: ZResponse },
      },
    },
    async (request) => editResponse(deps, requireAuth(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/responses/:id',
    {
      schema: {
        operationId: 'withdrawResponse',
        tags,
        summary: 'Withdraw your pending response while the task is open',
        params: ZIdParams,
        response: { 200: ZResponse },
      },
    },
    async (request) => withdrawResponse(deps, requireAuth(request), request.params.id),
  );

  app.post(
    '/api/v1/responses/:id/select',
    {
      schema: {
        operationId: 'selectResponse',
        tags,
        summary: 'Choose this provider: the task goes in progress and their chat opens',
        params: ZIdParams,
        response: { 200: ZSelectResponseResult },
      },
    },
    async (request) => selectResponse(deps, requireAuth(request), request.params.id, originOf(request)),
  );

  app.post(
    '/api/v1/responses/:id/reject',
    {
      schema: {
        operationId: 'rejectResponse',
        tags,
        summary: 'Turn a response down, optionally saying why',
        params: ZIdParams,
        body: ZRejectResponseRequest,
        response: { 200: ZResponse },
      },
    },
    async (request) => rejectResponse(deps, requireAuth(request), request.params.id, request.body.reason, originOf(request)),
  );

  app.get(
    '/api/v1/me/responses',
    {
      schema: {
        operationId: 'listMyResponses',
        tags,
        summary: "A provider's responses with what became of each, newest first",
        querystring: ZMyResponsesQuery,
        response: { 200: ZMyResponsesResponse },
      },
    },
    async (request) => listMyResponses(deps, requireAuth(request), request.query),
  );
};
