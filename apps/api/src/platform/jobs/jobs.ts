import PgBoss from 'pg-boss';
import type { ExecuteSql } from '../../db/client.js';

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

/**
 * pg-boss 10 on PostgreSQL or, in the embedded mode, over PGlite through its `db.executeSql`
 * option. Times in cron expressions are Asia/Dushanbe, the market's day.
 */
export function createPgBossJobs(connection: JobsConnection): Jobs {
  const boss =
    'connectionString' in connection
      ? new PgBoss({ connectionString: connection.connectionString, max: 4 })
      : new PgBoss({ db: { executeSql: (text, values) => connection.executeSql(text, values) } });
  boss.on('error', (error) => console.error('[jobs]', error));
  const queues = new Set<string>();
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
      await boss.work<never>(queue, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async (jobs) => {
        for (const job of jobs) await handler(job.data, { id: job.id, retryCount: job.retryCount });
      });
    },
    async schedule(queue, cron, data = {}) {
      await ensureQueue(queue);
      await boss.schedule(queue, cron, data, { tz: 'Asia/Dushanbe' });
    },
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
