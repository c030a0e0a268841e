import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { AppError } from '../http/errors.js';

/**
 * The loose per-IP ceiling for every route (carrier NAT puts many phones behind one address);
 * routes that cost money or guard accounts add their own stricter per-account/per-phone limits.
 * With REDIS_URL the counters are shared by every instance.
 */
export async function registerRateLimit(app: FastifyInstance, options: { perMinute: number; redisUrl: string | null }) {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : null;
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  await app.register(rateLimit, {
    global: true,
    max: options.perMinute,
    timeWindow: 60_000,
    ...(redis ? { redis, nameSpace: 'dastiyor:rl:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', 'Too many requests; wait a little', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
}
