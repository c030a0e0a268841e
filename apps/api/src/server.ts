import { buildApp } from './app.js';
import { registerBackgroundJobs } from './background-jobs.js';
import { DatabaseNotMigratedError, openJobsDatabase, prepareDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/client.js';
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
  // The jobs' own connections: a fan-out never waits for, or takes, a request's. With worker processes
  // (BACKGROUND_JOBS=worker) this one only queues jobs, so a fan-out never takes its event loop either.
  const jobsDatabase = config.backgroundJobs === 'in-process' ? await openJobsDatabase(config, database, log) : null;
  if (jobsDatabase) await registerBackgroundJobs({ config, platform, database: jobsDatabase, log: app.log });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await platform.jobs.stop();
    await platform.bus.close();
    await jobsDatabase?.close();
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
