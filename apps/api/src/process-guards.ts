import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { errorSummary } from './platform/errors/incident-log.js';

/** Connections pg-boss keeps per process for the queue itself (see platform/jobs/jobs.ts). */
const queuePoolMax = 4;

/**
 * A promise that rejects with nobody listening must not end the process: pg-boss completes and
 * fails jobs without awaiting them, so a database outage while a job finishes rejects in the void.
 * Such rejections are logged (at most one line every 10 s, with the count folded) and the process
 * goes on; the job is retried after its expiry. A synchronous uncaught exception leaves the process
 * in an unknown state, so that one is logged and ends it: the launcher, systemd or the container
 * runtime starts it again.
 */
export function guardProcess(log: FastifyBaseLogger, { clock = () => Date.now() } = {}) {
  let lastLine = 0;
  let folded = 0;
  process.on('unhandledRejection', (reason) => {
    const now = clock();
    if (now - lastLine < 10_000) {
      folded += 1;
      return;
    }
    log.error({ err: errorSummary(reason), folded }, 'unhandled promise rejection (the process goes on)');
    lastLine = now;
    folded = 0;
  });
  process.on('uncaughtException', (error) => {
    log.fatal({ err: error }, 'uncaught exception; exiting so the supervisor restarts the process');
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  });
}

/**
 * PostgreSQL refuses connections past max_connections, for every instance at once. Say at boot how
 * much of that budget one process takes, and warn when a few instances would exhaust it.
 */
export async function reportConnectionBudget(database: Database, config: Config, log: FastifyBaseLogger) {
  if (config.database.kind !== 'postgres') return;
  try {
    const result = await database.executeSql(
      `select current_setting('max_connections')::int as max, current_setting('superuser_reserved_connections')::int as reserved`,
    );
    const row = result.rows[0] as { max: number; reserved: number } | undefined;
    if (!row) return;
    const perInstance = config.database.pool.max + config.database.jobsPool.max + queuePoolMax;
    const budget = row.max - row.reserved;
    const details = { perInstance, maxConnections: row.max, instancesThatFit: Math.floor(budget / perInstance) };
    if (perInstance * 2 > budget)
      log.warn(details, 'DB_POOL_MAX and DB_JOBS_POOL_MAX leave room for fewer than two instances; lower them or raise max_connections');
    else log.info(details, 'database connection budget');
  } catch (error) {
    log.warn({ err: errorSummary(error) }, 'could not read max_connections');
  }
}
