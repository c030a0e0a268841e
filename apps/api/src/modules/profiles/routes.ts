import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZMe, ZPublicProvider, ZUpdateMeRequest } from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { AppError } from '../../platform/http/errors.js';
import { meWithSession, updateMe } from './me-service.js';
import { presentMe } from './profile-presenter.js';
import { profileImageRoutes } from './profile-image-routes.js';
import type { ProfilesDeps } from './profiles-deps.js';
import { getPublicProvider } from './public-provider-service.js';

const tags = ['profiles'];
// The owner's view carries contacts: no shared cache may keep it.
const privateNoStore = 'private, no-store';

export const profileRoutes: FastifyPluginAsyncZod<{ deps: ProfilesDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/me',
    {
      // Every signed-in page asks: the session check and the profile are one statement (meWithSession), and the
      // body, built only by presentMe (typed TMe), is written with plain JSON.stringify like the feed's.
      config: { session: meWithSession.reader },
      schema: { operationId: 'getMe', tags, response: { 200: ZMe } },
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request, reply) => {
      requireAuth(request);
      const view = meWithSession.dataOf(request);
      if (!view) throw new AppError('auth.required', 'Sign in to continue');
      reply.header('cache-control', privateNoStore);
      return presentMe(view);
    },
  );

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
