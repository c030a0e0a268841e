import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZMarkNotificationsReadRequest, ZNotificationsQuery, ZNotificationsResponse, ZUnreadCount } from '@dastiyor/contracts';
import { requireAuth } from '../auth/session-plugin.js';
import { type NotificationsDeps, listNotifications, markNotificationsRead } from './notifications-service.js';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<{ deps: NotificationsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'Your notifications newest-first by cursor (`unread=true`: only unread), with the unread count',
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
        summary: 'Mark some (`ids`) or all of your notifications read; answers the new unread count',
        body: ZMarkNotificationsReadRequest,
        response: { 200: ZUnreadCount },
      },
    },
    async (request) => markNotificationsRead(deps, requireAuth(request), request.body),
  );
};
