import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateTaskRequest,
  ZIdempotencyHeaders,
  ZMyTasksQuery,
  ZMyTasksResponse,
  ZTask,
  ZTaskFeedQuery,
  ZTaskFeedResponse,
  ZTaskStatusRequest,
  ZUpdateTaskRequest,
} from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { listMyTasks } from './my-tasks-service.js';
import { listFeedTasks } from './task-feed-service.js';
import { requestCompletion } from './completion-request-service.js';
import { type TasksDeps, createTask, editTask, getTask, viewerOf } from './task-service.js';
import { changeTaskStatus } from './task-status-service.js';

const tags = ['tasks'];

/** Aborts if the connection closes before the answer is written (the client gave up). */
function clientGone(reply: FastifyReply): AbortSignal {
  const gone = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort();
  });
  return gone.signal;
}
const ZTaskParams = z.object({ id: z.uuid() });

export const taskRoutes: FastifyPluginAsyncZod<{ deps: TasksDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/tasks',
    {
      schema: {
        operationId: 'listTasks',
        tags,
        summary:
          'Public feed of open tasks, newest first, cursor-paginated; a Premium provider gets fresh matching tasks pinned on page 1; `matching=true`: only those matching the signed-in provider',
        querystring: ZTaskFeedQuery,
        response: { 200: ZTaskFeedResponse },
      },
      // The busiest route: its body is built only by listFeedTasks, typed by the contract (TTaskFeedResponse,
      // presentTaskCard: TTaskCard, names copied key by key), so the body is written with plain JSON.stringify
      // instead of re-checking every card through zod on each answer. The schema above still documents it.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request, reply) => listFeedTasks(deps, request.query, request.auth, clientGone(reply)),
  );

  app.post(
    '/api/v1/tasks',
    {
      config: { idempotent: true },
      schema: {
        operationId: 'createTask',
        tags,
        summary: 'Create a draft or publish a task (customers)',
        headers: ZIdempotencyHeaders,
        body: ZCreateTaskRequest,
        response: { 201: ZTask },
      },
    },
    async (request, reply) => reply.status(201).send(await createTask(deps, requireAuth(request), request.body)),
  );

  app.get(
    '/api/v1/tasks/:id',
    {
      schema: { operationId: 'getTask', tags, params: ZTaskParams, response: { 200: ZTask } },
      // Every shared link and search result opens it: the body is built only by presentTask (typed TTask), so it
      // is written with plain JSON.stringify like the feed's (decision 020).
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => getTask(deps, request.params.id, viewerOf(request.auth)),
  );

  app.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        operationId: 'editTask',
        tags,
        summary: 'Edit a draft or an open task (its customer)',
        params: ZTaskParams,
        body: ZUpdateTaskRequest,
        response: { 200: ZTask },
      },
    },
    async (request) => editTask(deps, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/tasks/:id/status',
    { schema: { operationId: 'changeTaskStatus', tags, params: ZTaskParams, body: ZTaskStatusRequest, response: { 200: ZTask } } },
    async (request) =>
      changeTaskStatus(deps, requireAuth(request), request.params.id, request.body.status, request.body.reason, originOf(request)),
  );

  app.post(
    '/api/v1/tasks/:id/completion-request',
    {
      schema: {
        operationId: 'requestTaskCompletion',
        tags,
        summary: 'The selected provider asks the customer to confirm the work is done',
        params: ZTaskParams,
        response: { 200: ZTask },
      },
    },
    async (request) => requestCompletion(deps, requireAuth(request), request.params.id, originOf(request)),
  );

  app.get(
    '/api/v1/me/tasks',
    { schema: { operationId: 'listMyTasks', tags, querystring: ZMyTasksQuery, response: { 200: ZMyTasksResponse } } },
    async (request) => listMyTasks(deps, requireAuth(request), request.query),
  );
};
