import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import { type DeleteBatches, deleteInBatches } from '../../platform/jobs/batched-delete.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { deleteLoginAttemptsStartedBefore } from './login-attempts-repository.js';
import { loginRules } from './login-service.js';

export const loginAttemptsCleanupQueue = 'auth.login-attempts-cleanup';
/** Hourly: a row whose window is over already counts as none, so this only keeps the table small. */
export const loginAttemptsCleanupCron = '41 * * * *';

export interface LoginAttemptsCleanupDeps {
  db: Db;
  clock: () => Date;
  log: Pick<FastifyBaseLogger, 'info'>;
}

/** Deletes the counters of windows that are over (logins that never succeeded, mostly unknown ones). */
export async function runLoginAttemptsCleanup(deps: LoginAttemptsCleanupDeps, batches: DeleteBatches = {}): Promise<number> {
  const before = new Date(deps.clock().getTime() - loginRules.windowMs);
  const deleted = await deleteInBatches((limit) => deleteLoginAttemptsStartedBefore(deps.db, before, limit), batches);
  if (deleted > 0) deps.log.info({ deleted }, 'stale login attempt counters deleted');
  return deleted;
}

/** Registers the worker and its cron schedule; call after jobs.start(). */
export async function registerLoginAttemptsCleanupJob(jobs: Jobs, deps: LoginAttemptsCleanupDeps): Promise<void> {
  await jobs.work(loginAttemptsCleanupQueue, async () => {
    await runLoginAttemptsCleanup(deps);
  });
  await jobs.schedule(loginAttemptsCleanupQueue, loginAttemptsCleanupCron);
}
