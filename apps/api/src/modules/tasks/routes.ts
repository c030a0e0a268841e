import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZTaskFeedQuery, ZTaskFeedResponse } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { listFeedTasks } from './task-feed-service.js';

export const taskRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/tasks',
    {
      schema: {
        operationId: 'listTasks',
        tags: ['tasks'],
        summary: 'Public feed of open tasks, newest first, cursor-paginated',
        querystring: ZTaskFeedQuery,
        response: { 200: ZTaskFeedResponse },
      },
    },
    async (request) => listFeedTasks(db, request.query),
  );
};
