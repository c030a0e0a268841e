import { buildApp } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
import { registerDeliveryJobs } from './modules/notifications/delivery.js';
import { registerTaskDigestJob } from './modules/notifications/task-digest-job.js';
import { registerSubscriptionNotificationsJob } from './modules/notifications/subscription-notifications.js';
import { registerTaskMatchingJob } from './modules/notifications/task-matching.js';
import { registerSubscriptionJobs } from './modules/subscriptions/expiry-job.js';
import { registerIdempotencyCleanupJob } from './platform/http/idempotency-cleanup-job.js';
import { createPlatform } from './platform/platform.js';

async function main() {
  const config = loadConfig();
  const database = await prepareDatabase(config, (m) => console.log(`[dastiyor] ${m}`));
  const platform = createPlatform(config, database);
  await platform.jobs.start();
  const app = await buildApp({ config, database, platform });
  await registerSubscriptionJobs(platform.jobs, { db: database.db, clock: () => new Date() });
  await registerIdempotencyCleanupJob(platform.jobs, { db: database.db, clock: () => new Date(), log: app.log });
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(`\n[dastiyor] ${error.message}\n`);
  } else {
    console.error('[dastiyor] failed to start', error);
  }
  process.exit(1);
});
