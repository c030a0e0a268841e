import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHealthResponse, type THealthResponse } from '@dastiyor/contracts';
import type { Database } from '../../db/client.js';
import type { RedisConnection } from '../../platform/redis/redis-client.js';
import type { MaintenanceService } from '../settings/index.js';

export interface HealthOptions {
  database: Database;
  /** Null when REDIS_URL is unset. */
  redis: Pick<RedisConnection, 'check'> | null;
  maintenance: MaintenanceService;
  version: string;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, opts) => {
  app.get(
    '/api/v1/health',
    {
      config: { rateLimit: false },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness, database and Redis reachability (503 only when the database is down; Redis down is "degraded")',
        response: { 200: ZHealthResponse, 503: ZHealthResponse },
      },
    },
    async (_request, reply) => {
      const [database, redis] = await Promise.all([
        opts.database.ping(2000).then(
          () => 'up' as const,
          () => 'down' as const,
        ),
        opts.redis ? opts.redis.check() : ('disabled' as const),
      ]);
      const maintenance =
        database === 'up'
          ? await opts.maintenance.get().catch(() => ({ enabled: false, message: null }))
          : { enabled: false, message: null };
      const body: THealthResponse = {
        status: database === 'up' && redis !== 'down' ? 'ok' : 'degraded',
        database,
        redis,
        maintenance,
        version: opts.version,
        time: new Date().toISOString(),
      };
      reply.header('cache-control', 'no-store');
      // Without Redis the instance still serves everything (chat stays local), so it stays in rotation.
      return reply.status(database === 'up' ? 200 : 503).send(body);
    },
  );
};
