import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type FilesDeps, openImageVariant } from './files-service.js';

// A new upload always gets a new id and new keys, so a URL's bytes never change.
const immutable = 'public, max-age=31536000, immutable';

export const fileRoutes: FastifyPluginAsyncZod<{ deps: FilesDeps }> = async (app, { deps }) => {
  app.get(
    '/api/v1/files/:id/:size',
    {
      schema: {
        operationId: 'getFileVariant',
        tags: ['files'],
        summary: 'One size of a stored image as WebP; size is small | medium | large or a pixel size name',
        params: z.object({ id: z.uuid(), size: z.string().max(16) }),
      },
    },
    async (request, reply) => {
      const stored = await openImageVariant(deps, request.params.id, request.params.size, request.auth?.user.id ?? null);
      return (
        reply
          .header('content-type', 'image/webp')
          .header('content-length', String(stored.size))
          // Private files (a draft's photos) must not sit in shared caches.
          .header('cache-control', stored.isPublic ? immutable : `private, ${immutable.replace('public, ', '')}`)
          .send(stored.body)
      );
    },
  );
};
