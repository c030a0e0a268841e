import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdempotencyHeaders, ZImage, ZMe } from '@dastiyor/contracts';
import { originOf, requireAuth } from '../auth/index.js';
import { imageUploadOf, registerImageUploads } from '../files/index.js';
import { removeAvatar, replaceAvatar } from './avatar-service.js';
import { addPortfolioPhoto, removePortfolioPhoto } from './portfolio-service.js';
import type { ProfilesDeps } from './profiles-deps.js';

const tags = ['profiles'];
const consumes = ['multipart/form-data'];
// Re-encoding costs CPU: a ceiling per account (many phones share one carrier IP) instead of the loose per-IP one.
const uploadLimit = {
  rateLimit: {
    max: 30,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => (request.auth ? `upload:${request.auth.user.id}` : request.ip),
  },
};

/** Avatar and portfolio: the only profile routes that take multipart, so only they get the parser. */
export const profileImageRoutes: FastifyPluginAsyncZod<{ deps: ProfilesDeps }> = async (app, { deps }) => {
  await registerImageUploads(app);

  app.put(
    '/api/v1/me/avatar',
    {
      config: { ...uploadLimit, idempotent: true },
      schema: {
        operationId: 'replaceAvatar',
        tags,
        consumes,
        headers: ZIdempotencyHeaders,
        description: 'Multipart field `file`: JPEG, PNG, WebP or HEIC up to 10 MB; stored as square WebP 96/256/512 px',
        response: { 200: ZMe },
      },
    },
    async (request) => replaceAvatar(deps, requireAuth(request), imageUploadOf(request), originOf(request)),
  );

  app.delete(
    '/api/v1/me/avatar',
    { schema: { operationId: 'removeAvatar', tags, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeAvatar(deps, requireAuth(request), originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/portfolio',
    {
      config: { ...uploadLimit, idempotent: true },
      schema: {
        operationId: 'addPortfolioPhoto',
        tags,
        consumes,
        headers: ZIdempotencyHeaders,
        description: 'Providers only; multipart field `file`, up to 10 MB; at most 12 photos (409 beyond)',
        response: { 201: ZImage },
      },
    },
    async (request, reply) => {
      const image = await addPortfolioPhoto(deps, requireAuth(request), imageUploadOf(request), originOf(request));
      return reply.status(201).send(image);
    },
  );

  app.delete(
    '/api/v1/me/portfolio/:fileId',
    { schema: { operationId: 'removePortfolioPhoto', tags, params: z.object({ fileId: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      await removePortfolioPhoto(deps, requireAuth(request), request.params.fileId, originOf(request));
      return reply.status(204).send(null);
    },
  );
};
