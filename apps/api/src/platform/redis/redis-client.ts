import type { FastifyBaseLogger } from 'fastify';
import { Redis, type RedisOptions } from 'ioredis';

export type RedisLog = Pick<FastifyBaseLogger, 'info' | 'warn'>;
export type RedisState = 'up' | 'down';

/**
 * The app's Redis: one connection for commands (presence, rate limits, publishing) and one in
 * subscriber mode (which can run nothing else). Redis is optional at run time: while it is down every
 * command fails at once instead of queueing, the clients reconnect by themselves with a bounded
 * backoff, and the outage is logged as one line when it starts and one when it ends.
 */
export interface RedisConnection {
  /** Starts every key and channel, so environments sharing one Redis never see each other. */
  readonly prefix: string;
  readonly commands: Redis;
  readonly subscriber: Redis;
  /** Up when both connections are ready; no I/O. */
  state(): RedisState;
  /** `state()` confirmed by a PING, which also catches a Redis that hangs without dropping the connection. */
  check(): Promise<RedisState>;
  close(): Promise<void>;
}

/** How long a command may wait for its answer; a hung Redis costs a request at most this. */
const commandTimeoutMs = 500;

const baseOptions: RedisOptions = {
  // Fail fast while disconnected: a queued command would hold its request until Redis returns.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2000,
  commandTimeout: commandTimeoutMs,
  // 100, 200, 400 ms … then every 2 s for as long as the outage lasts.
  retryStrategy: (attempt) => Math.min(100 * 2 ** (attempt - 1), 2000),
};

/** Opens both connections; never throws, even when Redis is not there yet. */
export function openRedis(options: { url: string; prefix: string; log: RedisLog }): RedisConnection {
  const { log } = options;
  const target = redactedUrl(options.url);
  const commands = new Redis(options.url, { ...baseOptions, connectionName: 'dastiyor-commands' });
  // ioredis re-subscribes only channels the server had confirmed, so a SUBSCRIBE attempted during an
  // outage would be lost; the bus keeps its own list and subscribes it again on every 'ready'.
  const subscriber = new Redis(options.url, { ...baseOptions, connectionName: 'dastiyor-subscriber', autoResubscribe: false });
  const clients = [commands, subscriber];

  let closing = false;
  let up = false;
  let everUp = false;
  let downSince = Date.now();
  let failedAttempts = 0;
  let firstError: string | null = null;

  const update = () => {
    if (closing) return;
    const nowUp = clients.every((c) => c.status === 'ready');
    if (nowUp && !up) {
      up = true;
      if (everUp) log.info({ redis: target, downMs: Date.now() - downSince, failedAttempts }, 'Redis is back');
      else if (failedAttempts > 0) log.info({ redis: target, failedAttempts }, 'Redis reachable');
      everUp = true;
      failedAttempts = 0;
      firstError = null;
    } else if (!nowUp && up) {
      up = false;
      downSince = Date.now();
      log.warn(
        { redis: target, reason: firstError ?? 'connection closed' },
        'Redis connection lost; chat stays on this instance until it returns',
      );
    }
  };
  for (const client of clients) {
    // Without a listener ioredis prints every failed reconnect attempt to stderr.
    client.on('error', (error: Error) => {
      failedAttempts += 1;
      firstError ??= error.message;
      if (!everUp && failedAttempts === 1 && !closing) {
        log.warn({ redis: target, reason: error.message }, 'Redis unreachable; retrying in the background');
      }
      update();
    });
    client.on('ready', update);
    client.on('close', update);
  }

  return {
    prefix: options.prefix,
    commands,
    subscriber,
    state: () => (up ? 'up' : 'down'),
    async check() {
      if (!up) return 'down';
      try {
        await commands.ping();
        return 'up';
      } catch {
        return 'down';
      }
    },
    async close() {
      closing = true;
      await Promise.all(
        clients.map(async (client) => {
          if (client.status !== 'ready') return client.disconnect();
          await client.quit().catch(() => client.disconnect());
        }),
      );
    },
  };
}

/** The URL as it may appear in a log line: no password. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}
