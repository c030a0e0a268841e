import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../http/errors.js';
import type { RedisConnection } from '../redis/redis-client.js';

/**
 * The loose per-IP ceiling for every route (carrier NAT puts many phones behind one address);
 * routes that cost money or guard accounts add their own stricter per-account/per-phone limits.
 * With Redis the counters are shared by every instance, under the app's key prefix. While Redis is
 * down a count fails at once (no offline queue) and the request goes through: an outage of the
 * limiter must not become an outage of the API.
 */
export async function registerRateLimit(app: FastifyInstance, options: { perMinute: number; redis: RedisConnection | null }) {
  const { redis } = options;
  await app.register(rateLimit, {
    global: true,
    max: options.perMinute,
    timeWindow: 60_000,
    ...(redis ? { redis: redis.commands, nameSpace: `${redis.prefix}rl:`, skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', 'Too many requests; wait a little', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
}
