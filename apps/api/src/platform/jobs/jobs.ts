import PgBoss from 'pg-boss';
import type { ExecuteSql } from '../../db/client.js';
import { createIncident, type IncidentLogger } from '../errors/incident-log.js';
import { startWorkerLoop, type WorkerLoop } from './job-worker.js';

export interface JobOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** Deduplicates: a second job with the same key while the first is queued is dropped. */
  singletonKey?: string;
  retryLimit?: number;
}

export type JobHandler<T> = (data: T, meta: { id: string; retryCount: number }) => Promise<void>;

/** Background work with retries and backoff (notifications, expiry, reminders). */
export interface Jobs {
  start(): Promise<void>;
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string | null>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  schedule(queue: string, cron: string, data?: object): Promise<void>;
  stop(): Promise<void>;
}

export type JobsConnection = { connectionString: string } | { executeSql: ExecuteSql };

const consoleLogger: IncidentLogger = {
  warn: (obj, msg) => console.warn(`[jobs] ${msg}`, obj),
  info: (obj, msg) => console.info(`[jobs] ${msg}`, obj),
};

/**
 * pg-boss 10 on PostgreSQL or, in the embedded mode, over PGlite through its `db.executeSql`
 * option. Times in cron expressions are Asia/Dushanbe, the market's day.
 */
export function createPgBossJobs(connection: JobsConnection, log: IncidentLogger = consoleLogger): Jobs {
  const boss =
    'connectionString' in connection
      ? new PgBoss({ connectionString: connection.connectionString, max: 4 })
      : new PgBoss({ db: { executeSql: (text, values) => connection.executeSql(text, values) } });
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
    async work(queue, handler) {
      await ensureQueue(queue);
      loops.push(
        startWorkerLoop({
          boss,
          queue,
          handler: handler as JobHandler<unknown>,
          pollMs: 1000,
          onQueueError: (error) => incident.failed(error),
          onQueueOk: () => incident.recovered(),
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
