import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHealthResponse, type THealthResponse } from '@dastiyor/contracts';
import type { Database } from '../../db/client.js';
import type { MaintenanceService } from '../settings/maintenance.js';

export const healthRoutes: FastifyPluginAsyncZod<{ database: Database; maintenance: MaintenanceService; version: string }> = async (
  app,
  opts,
) => {
  app.get(
    '/api/v1/health',
    {
      config: { rateLimit: false },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness and database reachability (503 when the database is down)',
        response: { 200: ZHealthResponse, 503: ZHealthResponse },
      },
    },
    async (_request, reply) => {
      let database: THealthResponse['database'] = 'up';
      try {
        await opts.database.ping(2000);
      } catch {
        database = 'down';
      }
      const maintenance =
        database === 'up'
          ? await opts.maintenance.get().catch(() => ({ enabled: false, message: null }))
          : { enabled: false, message: null };
      const body: THealthResponse = {
        status: database === 'up' ? 'ok' : 'degraded',
        database,
        maintenance,
        version: opts.version,
        time: new Date().toISOString(),
      };
      reply.header('cache-control', 'no-store');
      return reply.status(database === 'up' ? 200 : 503).send(body);
    },
  );
};
