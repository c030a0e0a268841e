import type { FastifyBaseLogger } from 'fastify';
import { type DestinationStream, pino } from 'pino';
import type { Config } from '../../config.js';

/**
 * The process's one pino logger: the app logs requests through it and the platform adapters
 * (Redis, bus) log their incidents through it, so every line has the same shape and level.
 * Tests pass a `destination` to read what was logged.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): FastifyBaseLogger {
  const options = {
    level: config.logLevel,
    // Request logs carry method, url and ids only: never bodies, cookies or tokens.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
  return destination ? pino(options, destination) : pino(options);
}
