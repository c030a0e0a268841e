import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPushPublicKey, ZPushSubscriptionRequest, ZPushUnsubscribeRequest } from '@dastiyor/contracts';
import type { PushSender } from '../../platform/push/push-sender.js';
import { requireAuth } from '../auth/index.js';
import { type PushSubscriptionsDeps, removePushSubscription, savePushSubscription } from './push-subscriptions-service.js';

const tags = ['notifications'];

/** Web push: the key browsers subscribe with, and each browser's subscription of a signed-in person. */
export const pushRoutes: FastifyPluginAsyncZod<{ deps: PushSubscriptionsDeps & { push: PushSender } }> = async (app, { deps }) => {
  app.get(
    '/api/v1/push/public-key',
    {
      schema: {
        operationId: 'getPushPublicKey',
        tags,
        summary: 'The VAPID public key for PushManager.subscribe()',
        response: { 200: ZPushPublicKey },
      },
    },
    async () => ({ publicKey: await deps.push.publicKey() }),
  );

  app.post(
    '/api/v1/push/subscriptions',
    {
      schema: {
        operationId: 'savePushSubscription',
        tags,
        summary: 'Store this browser’s push subscription for the signed-in person (again: updated, not doubled)',
        body: ZPushSubscriptionRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await savePushSubscription(deps, requireAuth(request), request.body, request.headers['user-agent'] ?? null);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/push/subscriptions',
    {
      schema: {
        operationId: 'deletePushSubscription',
        tags,
        summary: 'Stop pushes to this browser',
        body: ZPushUnsubscribeRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removePushSubscription(deps, requireAuth(request), request.body.endpoint);
      return reply.status(204).send(null);
    },
  );
};
