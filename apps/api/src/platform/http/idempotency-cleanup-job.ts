import type { FastifyBaseLogger } from 'fastify';
import { idempotencyRules } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import { type DeleteBatches, deleteInBatches } from '../jobs/batched-delete.js';
import type { Jobs } from '../jobs/jobs.js';
import { deleteKeysCreatedBefore } from './idempotency-repository.js';

export const idempotencyCleanupQueue = 'idempotency.cleanup';
/** Hourly: a key lives 24 h and at most about an hour more (an expired key is treated as new anyway). */
export const idempotencyCleanupCron = '23 * * * *';

export interface IdempotencyCleanupDeps {
  db: Db;
  clock: () => Date;
  log: Pick<FastifyBaseLogger, 'info'>;
}

/** Deletes keys older than 24 h in bounded batches (short statements, no long lock), up to `maxBatches` a run. */
export async function runIdempotencyCleanup(deps: IdempotencyCleanupDeps, batches: DeleteBatches = {}): Promise<number> {
  const before = new Date(deps.clock().getTime() - idempotencyRules.ttlHours * 3_600_000);
  const deleted = await deleteInBatches((limit) => deleteKeysCreatedBefore(deps.db, before, limit), batches);
  if (deleted > 0) deps.log.info({ deleted }, 'expired idempotency keys deleted');
  return deleted;
}

/** Registers the worker and its cron schedule; call after jobs.start(). */
export async function registerIdempotencyCleanupJob(jobs: Jobs, deps: IdempotencyCleanupDeps): Promise<void> {
  await jobs.work(idempotencyCleanupQueue, async () => {
    await runIdempotencyCleanup(deps);
  });
  await jobs.schedule(idempotencyCleanupQueue, idempotencyCleanupCron);
}
