import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { type Bus, createMemoryBus, createRedisBus } from './bus/bus.js';
import { type Jobs, createPgBossJobs } from './jobs/jobs.js';
import { createLogger } from './logging/logger.js';
import { type Mailer, createOutboxMailer, createSmtpMailer } from './mail/mailer.js';
import { createHostGatedPushSender, type GatedPushSender } from './push/push-host-gate.js';
import { createWebPushSender } from './push/push-sender.js';
import { vapidKeysSource } from './push/vapid-keys.js';
import { openRedis, type RedisConnection } from './redis/redis-client.js';
import { type SmsSender, createHttpSmsSender, createOutboxSmsSender } from './sms/sms-sender.js';
import { createS3Storage } from './storage/s3-storage.js';
import { type Storage, createLocalStorage } from './storage/storage.js';

/** The adapters behind each platform interface, chosen from config in one place. */
export interface Platform {
  mailer: Mailer;
  sms: SmsSender;
  /** Web Push, each push service gated on its own (concurrency, back-off after 429/5xx/timeouts). */
  push: GatedPushSender;
  storage: Storage;
  bus: Bus;
  jobs: Jobs;
  /** Null without REDIS_URL; presence, rate limits and health read it too. The bus closes it. */
  redis: RedisConnection | null;
  log: FastifyBaseLogger;
}

/** `log`: the process's logger, which the app should use too (`buildApp({ logger })`). */
export function createPlatform(config: Config, database: Database, log: FastifyBaseLogger = createLogger(config)): Platform {
  const redis = config.redisUrl ? openRedis({ url: config.redisUrl, prefix: config.redisPrefix, log }) : null;
  return {
    mailer:
      config.mail.transport === 'smtp'
        ? createSmtpMailer({ url: config.mail.url, from: config.mail.from })
        : createOutboxMailer(database.db),
    sms: config.sms.transport === 'http' ? createHttpSmsSender(config.sms) : createOutboxSmsSender(database.db),
    push: createHostGatedPushSender(
      createWebPushSender({
        keys: vapidKeysSource(database.db, config.push.keys),
        subject: config.push.subject,
        strictHosts: config.isProduction,
        log,
      }),
    ),
    storage: config.storage.driver === 's3' ? createS3Storage(config.storage) : createLocalStorage(config.storage.dir),
    bus: redis ? createRedisBus({ redis, log }) : createMemoryBus(),
    jobs: createPgBossJobs(
      config.database.kind === 'postgres' ? { connectionString: config.database.url } : { executeSql: database.executeSql },
      log,
    ),
    redis,
    log,
  };
}
