import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createIncident } from '../errors/incident-log.js';
import type { RedisConnection, RedisLog } from '../redis/redis-client.js';

export type BusHandler = (message: unknown) => void;

/** Fan-out of live events (chat, notifications) to every API instance. */
export interface Bus {
  publish(channel: string, message: unknown): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** One process: enough for the embedded mode and a single instance. */
export function createMemoryBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      emitter.emit(channel, message);
    },
    async subscribe(channel, handler) {
      emitter.on(channel, handler);
      return async () => {
        emitter.off(channel, handler);
      };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** Channels per SUBSCRIBE when restoring after a reconnect: one command, not one per socket. */
const resubscribeBatch = 500;

/**
 * Several instances: Redis pub/sub, one subscriber connection per process. A message reaches this
 * instance's own subscribers directly, not through Redis, so chat on one instance keeps working while
 * Redis is down; what comes back from Redis carries the publishing instance's id, and an instance
 * ignores its own. Publishing never waits for Redis and never throws: the message is stored before it
 * is published, so a socket that misses it catches up with `?after=`.
 *
 * `close()` also closes the Redis connection: the bus is its last user (the app closes presence and
 * rate limits first).
 */
export function createRedisBus(options: { redis: RedisConnection; log: RedisLog }): Bus {
  const { redis } = options;
  const { commands: publisher, subscriber, prefix } = redis;
  const instance = randomUUID();
  const local = createMemoryBus();
  /** Channels (without prefix) this instance has local subscribers on, with their count. */
  const wanted = new Map<string, number>();
  const publishing = createIncident(options.log, 'Redis publish');
  const subscribing = createIncident(options.log, 'Redis subscribe');

  const subscribeRemote = async (channels: string[]) => {
    if (channels.length === 0 || subscriber.status !== 'ready') return;
    try {
      await subscriber.subscribe(...channels.map((c) => prefix + c));
      subscribing.recovered();
    } catch (error) {
      subscribing.failed(error);
    }
  };
  // Every (re)connect starts with no subscriptions: restore the whole list.
  subscriber.on('ready', () => {
    const channels = [...wanted.keys()];
    for (let i = 0; i < channels.length; i += resubscribeBatch) void subscribeRemote(channels.slice(i, i + resubscribeBatch));
  });
  subscriber.on('message', (redisChannel: string, raw: string) => {
    if (!redisChannel.startsWith(prefix)) return;
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return;
    }
    if (!isEnvelope(envelope) || envelope.from === instance) return;
    void local.publish(redisChannel.slice(prefix.length), envelope.message);
  });

  return {
    async publish(channel, message) {
      await local.publish(channel, message);
      // While Redis is down the connection has logged it once; other instances miss this one.
      if (publisher.status !== 'ready') return;
      const envelope: Envelope = { from: instance, message };
      publisher.publish(prefix + channel, JSON.stringify(envelope)).then(
        () => publishing.recovered(),
        (error: unknown) => publishing.failed(error),
      );
    },
    async subscribe(channel, handler) {
      const unsubscribeLocal = await local.subscribe(channel, handler);
      const n = wanted.get(channel) ?? 0;
      wanted.set(channel, n + 1);
      // Awaited while Redis is up, so a socket's first pong still means "nothing is missed from here on".
      if (n === 0) await subscribeRemote([channel]);
      let done = false;
      return async () => {
        if (done) return;
        done = true;
        await unsubscribeLocal();
        const left = (wanted.get(channel) ?? 1) - 1;
        if (left > 0) return void wanted.set(channel, left);
        wanted.delete(channel);
        if (subscriber.status === 'ready') await subscriber.unsubscribe(prefix + channel).catch(() => undefined);
      };
    },
    async close() {
      await local.close();
      wanted.clear();
      await redis.close();
    },
  };
}

interface Envelope {
  /** The publishing instance, which has delivered to its own subscribers already. */
  from: string;
  message: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).from === 'string' && 'message' in value;
}
