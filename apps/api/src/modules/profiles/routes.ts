import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZMe, ZPublicProvider, ZUpdateMeRequest } from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { getMe, updateMe } from './me-service.js';
import { profileImageRoutes } from './profile-image-routes.js';
import type { ProfilesDeps } from './profiles-deps.js';
import { getPublicProvider } from './public-provider-service.js';

const tags = ['profiles'];
// The owner's view carries contacts: no shared cache may keep it.
const privateNoStore = 'private, no-store';

export const profileRoutes: FastifyPluginAsyncZod<{ deps: ProfilesDeps }> = async (app, { deps }) => {
  app.get('/api/v1/me', { schema: { operationId: 'getMe', tags, response: { 200: ZMe } } }, async (request, reply) => {
    const auth = requireAuth(request);
    reply.header('cache-control', privateNoStore);
    return getMe(deps, auth);
  });

  app.patch(
    '/api/v1/me',
    { schema: { operationId: 'updateMe', tags, body: ZUpdateMeRequest, response: { 200: ZMe } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      reply.header('cache-control', privateNoStore);
      return updateMe(deps, auth, request.body, originOf(request));
    },
  );

  app.get(
    '/api/v1/providers/:id',
    { schema: { operationId: 'getProvider', tags, params: z.object({ id: z.uuid() }), response: { 200: ZPublicProvider } } },
    async (request) => getPublicProvider(deps, request.params.id),
  );

  await app.register(profileImageRoutes, { deps });
};
