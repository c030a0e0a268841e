import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  StopWordLocale,
  ZAdminComplaint,
  ZAdminComplaintsQuery,
  ZAdminComplaintsResponse,
  ZAdminHideReviewRequest,
  ZAdminNoteRequest,
  ZAdminReview,
  ZAdminReviewsQuery,
  ZAdminReviewsResponse,
  ZAdminWarnRequest,
  ZAdminWarnResponse,
  ZCreateStopWordRequest,
  ZCursorQuery,
  ZStopWord,
  ZStopWordsResponse,
} from '@dastiyor/contracts';
import { originOf } from '../auth/index.js';
import type { AdminDeps } from './admin-deps.js';
import { adminOf, adminOnlyHook } from './admin-guard.js';
import { listAdminReviews, setReviewVisibility } from './moderation/admin-reviews-service.js';
import { closeComplaint, getComplaint, listComplaints } from './moderation/complaint-queue-service.js';
import { addStopWord, listStopWords, removeStopWord } from './moderation/stop-words-service.js';
import { warnUser } from './moderation/warn-user-service.js';

const tags = ['admin'];
const ZIdParams = z.object({ id: z.uuid() });

/** /api/v1/admin/complaints, reviews, stop words and warnings. Every route is admins only. */
export const adminModerationRoutes: FastifyPluginAsyncZod<{ deps: AdminDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', adminOnlyHook);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/api/v1/admin/complaints',
    {
      schema: {
        operationId: 'adminListComplaints',
        tags,
        summary: 'The moderation queue (reports and stop-word flags), newest first, with each target in context',
        querystring: ZAdminComplaintsQuery,
        response: { 200: ZAdminComplaintsResponse },
      },
    },
    async (request) => listComplaints(deps, adminOf(request), request.query),
  );

  app.get(
    '/api/v1/admin/complaints/:id',
    { schema: { operationId: 'adminGetComplaint', tags, params: ZIdParams, response: { 200: ZAdminComplaint } } },
    async (request) => getComplaint(deps, adminOf(request), request.params.id),
  );

  for (const outcome of ['resolved', 'rejected'] as const) {
    const verb = outcome === 'resolved' ? 'resolve' : 'reject';
    app.post(
      `/api/v1/admin/complaints/:id/${verb}`,
      {
        schema: {
          operationId: outcome === 'resolved' ? 'adminResolveComplaint' : 'adminRejectComplaint',
          tags,
          summary:
            outcome === 'resolved'
              ? 'Close an open complaint as acted on, with a note'
              : 'Close an open complaint as unfounded, with a note',
          params: ZIdParams,
          body: ZAdminNoteRequest,
          response: { 200: ZAdminComplaint },
        },
      },
      async (request) => closeComplaint(deps, adminOf(request), request.params.id, outcome, request.body.note, originOf(request)),
    );
  }

  app.get(
    '/api/v1/admin/reviews',
    {
      schema: {
        operationId: 'adminListReviews',
        tags,
        summary: 'Every review, hidden ones included, newest first',
        querystring: ZAdminReviewsQuery,
        response: { 200: ZAdminReviewsResponse },
      },
    },
    async (request) => listAdminReviews(deps, adminOf(request), request.query),
  );

  app.post(
    '/api/v1/admin/reviews/:id/hide',
    {
      schema: {
        operationId: 'adminHideReview',
        tags,
        summary: "Hide a review from the provider's page; their rating is recomputed without it",
        params: ZIdParams,
        body: ZAdminHideReviewRequest,
        response: { 200: ZAdminReview },
      },
    },
    async (request) =>
      setReviewVisibility(deps, adminOf(request), request.params.id, { hide: true, reason: request.body.reason }, originOf(request)),
  );

  app.post(
    '/api/v1/admin/reviews/:id/unhide',
    {
      schema: {
        operationId: 'adminUnhideReview',
        tags,
        summary: 'Show a hidden review again; the rating counts it again',
        params: ZIdParams,
        response: { 200: ZAdminReview },
      },
    },
    async (request) => setReviewVisibility(deps, adminOf(request), request.params.id, { hide: false }, originOf(request)),
  );

  app.get(
    '/api/v1/admin/stop-words',
    {
      schema: {
        operationId: 'adminListStopWords',
        tags,
        summary: 'The stop-word list, newest first',
        querystring: ZCursorQuery.extend({ locale: z.enum(StopWordLocale).optional() }),
        response: { 200: ZStopWordsResponse },
      },
    },
    async (request) => listStopWords(deps, adminOf(request), request.query),
  );

  app.post(
    '/api/v1/admin/stop-words',
    {
      schema: {
        operationId: 'adminCreateStopWord',
        tags,
        summary: 'Add a word or phrase; new tasks, responses and messages containing it go to the queue',
        body: ZCreateStopWordRequest,
        response: { 201: ZStopWord },
      },
    },
    async (request, reply) => reply.status(201).send(await addStopWord(deps, adminOf(request), request.body, originOf(request))),
  );

  app.delete(
    '/api/v1/admin/stop-words/:id',
    { schema: { operationId: 'adminDeleteStopWord', tags, params: ZIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeStopWord(deps, adminOf(request), request.params.id, originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/admin/users/:id/warn',
    {
      schema: {
        operationId: 'adminWarnUser',
        tags,
        summary: 'Send a user a moderator warning (in-app and email)',
        params: ZIdParams,
        body: ZAdminWarnRequest,
        response: { 201: ZAdminWarnResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await warnUser(deps, adminOf(request), request.params.id, request.body.message, originOf(request))),
  );
};
