import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZIdempotencyHeaders, ZImage } from '@dastiyor/contracts';
import { AppError } from '../../platform/http/errors.js';
import { requireAuth } from '../auth/index.js';
import { type FilesDeps, storeImage } from './files-service.js';
import { presentImage } from './image-presenter.js';
import { imageUploadOf, registerImageUploads } from './image-upload.js';

// Re-encoding costs CPU: a ceiling per account (many phones share one carrier IP).
const uploadLimit = {
  rateLimit: {
    max: 30,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => (request.auth ? `upload:${request.auth.user.id}` : request.ip),
  },
};

/** `POST /files`: a task photo uploaded ahead of the task form, attached by id when the task is saved. */
export const fileUploadRoutes: FastifyPluginAsyncZod<{ deps: FilesDeps }> = async (app, { deps }) => {
  await registerImageUploads(app);
  app.post(
    '/api/v1/files',
    {
      config: { ...uploadLimit, idempotent: true },
      schema: {
        operationId: 'uploadTaskPhoto',
        tags: ['files'],
        consumes: ['multipart/form-data'],
        headers: ZIdempotencyHeaders,
        description:
          'Customers; multipart field `file`: JPEG, PNG, WebP or HEIC up to 10 MB, stored as WebP 320/960/1600 px without metadata',
        response: { 201: ZImage },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (auth.user.role !== 'customer') throw new AppError('forbidden', 'Only customers attach photos to tasks');
      const bytes = await imageUploadOf(request).read();
      const file = await storeImage(deps, { ownerId: auth.user.id, kind: 'task_photo', bytes }, async (_tx, row) => row);
      return reply.status(201).send(presentImage(file));
    },
  );
};
