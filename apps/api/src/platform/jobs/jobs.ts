import PgBoss from 'pg-boss';
import type { DbOrTx, ExecuteSql } from '../../db/client.js';
import { executeSqlIn } from '../../db/sql-in-transaction.js';
import { createIncident, errorSummary, type IncidentLogger } from '../errors/incident-log.js';
import { startWorkerLoop, type WorkerLoop } from './job-worker.js';

export interface JobOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** Deduplicates: a second job with the same key while the first is queued is dropped. */
  singletonKey?: string;
  retryLimit?: number;
}

/** One job of a bulk insert. `id` (see stableJobId) makes inserting the same job twice a no-op. */
export interface NewJob<T extends object = object> {
  queue: string;
  data: T;
  id?: string;
  startAfter?: Date;
  retryLimit?: number;
}

export interface WorkOptions {
  /** Jobs of this queue one process handles at once (default 1). */
  concurrency?: number;
}

export type JobHandler<T> = (data: T, meta: { id: string; retryCount: number }) => Promise<void>;

/** Background work with retries and backoff (notifications, expiry, reminders). */
export interface Jobs {
  start(): Promise<void>;
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string | null>;
  /**
   * Many jobs in one statement. With `tx` they are written inside that transaction and exist exactly
   * when it commits; their queues must exist already (createQueues), since creating one inside a
   * transaction would wait on the embedded database's single connection.
   */
  insert(jobs: NewJob[], options?: { tx?: DbOrTx }): Promise<void>;
  /** Creates the queues a later insert writes to (each once per process). */
  createQueues(names: string[]): Promise<void>;
  work<T extends object>(queue: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  schedule(queue: string, cron: string, data?: object): Promise<void>;
  stop(): Promise<void>;
}

/** Queueing before start() (or after stop()): no connection to queue on, and retrying will not make one. */
export class JobsNotStartedError extends Error {
  constructor() {
    super('the job queue is not started');
    this.name = 'JobsNotStartedError';
  }
}

export type JobsConnection = { connectionString: string } | { executeSql: ExecuteSql };

export type JobsLogger = IncidentLogger & { error(obj: object, msg: string): void };

const consoleLogger: JobsLogger = {
  warn: (obj, msg) => console.warn(`[jobs] ${msg}`, obj),
  info: (obj, msg) => console.info(`[jobs] ${msg}`, obj),
  error: (obj, msg) => console.error(`[jobs] ${msg}`, obj),
};

/**
 * What pg-boss keeps (issue 15: a national fan-out queues ~150,000 delivery jobs a day). A completed
 * job moves to the archive after an hour and the archive is emptied after a day; a failed one stays
 * in the job table three days, for an operator to look at, before it is archived too.
 */
export const jobRetention = {
  archiveCompletedAfterSeconds: 3600,
  archiveFailedAfterSeconds: 3 * 86_400,
  deleteAfterDays: 1,
} as const;

/**
 * pg-boss 10 on PostgreSQL or, in the embedded mode, over PGlite through its `db.executeSql`
 * option. Times in cron expressions are Asia/Dushanbe, the market's day.
 */
export function createPgBossJobs(connection: JobsConnection, log: JobsLogger = consoleLogger): Jobs {
  const boss =
    'connectionString' in connection
      ? new PgBoss({ connectionString: connection.connectionString, max: 4, ...jobRetention })
      : new PgBoss({ db: { executeSql: (text, values) => connection.executeSql(text, values) }, ...jobRetention });
  // Every worker's poll fails while the database is down (one per queue a second): fold them into
  // one incident, and probe until a query answers again to log the recovery.
  const incident = createIncident(log, 'job queue');
  let probe: NodeJS.Timeout | null = null;
  boss.on('error', (error) => {
    incident.failed(error);
    probe ??= setInterval(() => {
      boss
        .getDb()
        .executeSql('select 1', [])
        .then(() => {
          incident.recovered();
          if (probe) clearInterval(probe);
          probe = null;
        })
        .catch(() => {});
    }, 2000).unref();
  });
  const queues = new Set<string>();
  const loops: WorkerLoop[] = [];
  let started = false;

  async function ensureQueue(name: string) {
    if (queues.has(name)) return;
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 5, retryBackoff: true });
    queues.add(name);
  }

  return {
    async start() {
      if (started) return;
      await boss.start();
      started = true;
    },
    async send(queue, data, options = {}) {
      await ensureQueue(queue);
      return boss.send(queue, data, {
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
      });
    },
    async insert(jobs, options = {}) {
      if (jobs.length === 0) return;
      if (!started) throw new JobsNotStartedError();
      const names = [...new Set(jobs.map((j) => j.queue))];
      const missing = names.filter((name) => !queues.has(name));
      if (options.tx && missing.length > 0) throw new Error(`queues ${missing.join(', ')} must be created before a transactional insert`);
      for (const name of missing) await ensureQueue(name);
      // pg-boss joins each job to its queue row: a job for an unknown queue would vanish without an error.
      await boss.insert(
        jobs.map((j) => ({
          name: j.queue,
          data: j.data,
          ...(j.id ? { id: j.id } : {}),
          ...(j.startAfter ? { startAfter: j.startAfter } : {}),
          ...(j.retryLimit !== undefined ? { retryLimit: j.retryLimit } : {}),
        })),
        options.tx ? { db: { executeSql: executeSqlIn(options.tx) } } : {},
      );
    },
    async createQueues(names) {
      for (const name of names) await ensureQueue(name);
    },
    async work(queue, handler, options = {}) {
      await ensureQueue(queue);
      loops.push(
        startWorkerLoop({
          boss,
          queue,
          handler: handler as JobHandler<unknown>,
          pollMs: 1000,
          concurrency: options.concurrency ?? 1,
          onQueueError: (error) => incident.failed(error),
          onQueueOk: () => incident.recovered(),
          // Loud, and once per job: pg-boss will not try it again, so whatever it did not do stays undone.
          onFailedForGood: (job, error) =>
            log.error({ queue, jobId: job.id, retries: job.retryCount, err: errorSummary(error) }, 'job failed after all its retries'),
        }),
      );
    },
    async schedule(queue, cron, data = {}) {
      await ensureQueue(queue);
      await boss.schedule(queue, cron, data, { tz: 'Asia/Dushanbe' });
    },
    async stop() {
      if (probe) clearInterval(probe);
      probe = null;
      if (!started) return;
      started = false;
      await Promise.all(loops.splice(0).map((loop) => loop.stop()));
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
