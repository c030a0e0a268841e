import { buildApp } from './app.js';
import { DatabaseNotMigratedError, prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
import { registerLoginAttemptsCleanupJob } from './modules/auth/login-attempts-cleanup-job.js';
import { registerDeliveryJobs } from './modules/notifications/delivery.js';
import { registerTaskDigestJob } from './modules/notifications/task-digest-job.js';
import { registerSubscriptionNotificationsJob } from './modules/notifications/subscription-notifications.js';
import { registerTaskMatchingJob } from './modules/notifications/task-matching.js';
import { registerSubscriptionJobs } from './modules/subscriptions/expiry-job.js';
import { registerIdempotencyCleanupJob } from './platform/http/idempotency-cleanup-job.js';
import { createLogger } from './platform/logging/logger.js';
import { createPlatform } from './platform/platform.js';
import { guardProcess, reportConnectionBudget } from './process-guards.js';

async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  guardProcess(log);
  const database = await prepareDatabase(config, (m) => console.log(`[dastiyor] ${m}`), log);
  await reportConnectionBudget(database, config, log);
  const platform = createPlatform(config, database, log);
  await platform.jobs.start();
  const app = await buildApp({ config, database, platform });
  await registerSubscriptionJobs(platform.jobs, { db: database.db, clock: () => new Date() });
  await registerIdempotencyCleanupJob(platform.jobs, { db: database.db, clock: () => new Date(), log: app.log });
  await registerLoginAttemptsCleanupJob(platform.jobs, { db: database.db, clock: () => new Date(), log: app.log });
  const notifierDeps = { db: database.db, clock: () => new Date(), bus: platform.bus, log: app.log, jobs: platform.jobs };
  await registerTaskMatchingJob(platform.jobs, notifierDeps);
  await registerSubscriptionNotificationsJob(platform.jobs, notifierDeps);
  await registerDeliveryJobs(platform.jobs, {
    db: database.db,
    mailer: platform.mailer,
    sms: platform.sms,
    push: platform.push,
    publicUrl: config.publicUrl,
    secret: config.appSecret,
    clock: () => new Date(),
  });
  await registerTaskDigestJob(platform.jobs, {
    db: database.db,
    mailer: platform.mailer,
    publicUrl: config.publicUrl,
    secret: config.appSecret,
    clock: () => new Date(),
    log: app.log,
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await platform.jobs.stop();
    await platform.bus.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.api.host, port: config.api.port });
  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.database.dir}`;
  console.log(`[dastiyor] API ready on http://${config.api.host}:${config.api.port} (${config.appEnv}, ${where})`);
}

/**
 * EX_CONFIG from sysexits.h: the settings are wrong or the data directory is taken, so starting again
 * cannot help. The launcher (scripts/start.mjs) and the systemd unit do not restart on it.
 */
const exitConfigError = 78;

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(`\n[dastiyor] ${error.message}\n`);
    process.exit(exitConfigError);
  }
  // Not EX_CONFIG: the separate migrate step may still be running, so a restart can succeed.
  if (error instanceof DatabaseNotMigratedError) console.error(`\n[dastiyor] ${error.message}\n`);
  else console.error('[dastiyor] failed to start', error);
  process.exit(1);
});
