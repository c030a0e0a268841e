import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZMarkNotificationsReadRequest,
  ZMarkNotificationsReadResponse,
  ZNotificationsQuery,
  ZNotificationsResponse,
} from '@dastiyor/contracts';
import { requireAuth } from '../auth/index.js';
import { type NotificationsDeps, listNotifications, markNotificationsRead } from './notifications-service.js';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<{ deps: NotificationsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary:
          'Your notifications newest-first by cursor (`unread=true`: only unread), with the unread count; providers also get the new tasks matching them',
        querystring: ZNotificationsQuery,
        response: { 200: ZNotificationsResponse },
      },
    },
    async (request) => listNotifications(deps, requireAuth(request), request.query),
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        tags,
        summary:
          'Mark some (`ids`) or all of your notifications read, or (`matchingTasks`) the new matching tasks seen; answers the new unread count',
        body: ZMarkNotificationsReadRequest,
        response: { 200: ZMarkNotificationsReadResponse },
      },
    },
    async (request) => markNotificationsRead(deps, requireAuth(request), request.body),
  );
};
