import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerLoginAttemptsCleanupJob } from './modules/auth/login-attempts-cleanup-job.js';
import { registerDeliveryJobs } from './modules/notifications/delivery.js';
import { registerNotificationRetentionJob } from './modules/notifications/notification-retention-job.js';
import { registerSubscriptionNotificationsJob } from './modules/notifications/subscription-notifications.js';
import { registerTaskAlertJobs } from './modules/notifications/task-alert-workers.js';
import { registerTaskDigestJob } from './modules/notifications/task-digest-job.js';
import { registerTaskMatchingJob } from './modules/notifications/task-matching.js';
import { registerPaymentReconcileJob } from './modules/payments/index.js';
import { registerSubscriptionJobs } from './modules/subscriptions/expiry-job.js';
import { registerIdempotencyCleanupJob } from './platform/http/idempotency-cleanup-job.js';
import { createPaymentProviders } from './platform/payments/payment-providers.js';
import type { Platform } from './platform/platform.js';

/**
 * Every background worker and schedule of a process, on `database`: the jobs' own pool
 * (openJobsDatabase), so however much a fan-out reads and writes it never takes a connection a
 * request is waiting for. Call after platform.jobs.start().
 */
export async function registerBackgroundJobs(deps: {
  config: Config;
  platform: Platform;
  database: Database;
  log: FastifyBaseLogger;
  clock?: () => Date;
}): Promise<void> {
  const { config, platform, log } = deps;
  const db = deps.database.db;
  const clock = deps.clock ?? (() => new Date());
  const jobs = platform.jobs;
  await registerSubscriptionJobs(jobs, { db, clock });
  await registerIdempotencyCleanupJob(jobs, { db, clock, log });
  await registerLoginAttemptsCleanupJob(jobs, { db, clock, log });
  await registerNotificationRetentionJob(jobs, { db, clock, log });
  const notifierDeps = { db, clock, bus: platform.bus, log, jobs };
  await registerTaskMatchingJob(jobs, notifierDeps);
  await registerSubscriptionNotificationsJob(jobs, notifierDeps);
  const senders = { mailer: platform.mailer, publicUrl: config.publicUrl, secret: config.appSecret };
  await registerDeliveryJobs(jobs, { db, ...senders, sms: platform.sms, push: platform.push, clock });
  await registerTaskAlertJobs(jobs, { db, ...senders, push: platform.push, jobs, clock, log });
  await registerTaskDigestJob(jobs, { db, ...senders, clock, log });
  await registerPaymentReconcileJob(jobs, { db, clock, ...createPaymentProviders(config), publicUrl: config.publicUrl, log });
}
