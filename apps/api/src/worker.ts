import { registerBackgroundJobs } from './background-jobs.js';
import { DatabaseNotMigratedError, prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './platform/logging/logger.js';
import { createPlatform } from './platform/platform.js';
import { guardProcess } from './process-guards.js';

/**
 * A background-jobs process (BACKGROUND_JOBS=worker, decision 015): task alert fan-outs, deliveries,
 * digests, sweeps and cleanups run here instead of in the API processes, so their CPU never sits on
 * the event loop that answers requests. Any number may run; pg-boss hands each job to one of them.
 * Live events (a published task, a notification) go out through Redis to every API's sockets.
 */
async function main() {
  const config = loadConfig();
  if (config.backgroundJobs !== 'worker') {
    throw new ConfigError(['worker processes run with BACKGROUND_JOBS=worker (and the API with it too, so it stops running jobs itself)']);
  }
  const log = createLogger(config);
  guardProcess(log);
  // Its pool is the jobs' budget (DB_JOBS_POOL_MAX): this process serves no request.
  const database = await prepareDatabase(
    { ...config, database: config.database.kind === 'postgres' ? { ...config.database, pool: config.database.jobsPool } : config.database },
    (m) => console.log(`[dastiyor worker] ${m}`),
    log,
  );
  const platform = createPlatform(config, database, log);
  await platform.jobs.start();
  await registerBackgroundJobs({ config, platform, database, log });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'worker shutting down');
    await platform.jobs.stop();
    await platform.bus.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  console.log(`[dastiyor worker] running background jobs (${config.appEnv}, PostgreSQL)`);
}

/** EX_CONFIG, as server.ts: the settings are wrong, so starting again cannot help. */
const exitConfigError = 78;

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`\n[dastiyor worker] ${error.message}\n`);
    process.exit(exitConfigError);
  }
  if (error instanceof DatabaseNotMigratedError) console.error(`\n[dastiyor worker] ${error.message}\n`);
  else console.error('[dastiyor worker] failed to start', error);
  process.exit(1);
});
