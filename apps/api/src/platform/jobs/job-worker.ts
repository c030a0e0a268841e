import type PgBoss from 'pg-boss';

export interface WorkerLoopOptions<T> {
  boss: Pick<PgBoss, 'fetch' | 'complete' | 'fail'>;
  queue: string;
  handler: (data: T, meta: { id: string; retryCount: number }) => Promise<void>;
  pollMs: number;
  /** Any failure to reach the queue (fetch, complete, fail): an outage, folded by the caller's incident. */
  onQueueError: (error: unknown) => void;
  /** A fetch answered: the queue is reachable. */
  onQueueOk: () => void;
}

export interface WorkerLoop {
  stop(timeoutMs?: number): Promise<void>;
}

const maxBackoffMs = 10_000;
/** About a minute of retries (0.2 s doubling to 10 s). */
const settleAttempts = 10;

/**
 * One queue's fetch → handle → complete/fail loop, with every promise awaited and every error
 * caught. pg-boss 10's own `work()` completes and fails jobs without awaiting them, so a database
 * outage while a job finishes becomes an unhandled rejection (measured: it ended the process).
 * A job whose completion cannot be recorded stays active; pg-boss expires and retries it, and every
 * handler here is idempotent, so at-least-once is what it means.
 */
export function startWorkerLoop<T>(options: WorkerLoopOptions<T>): WorkerLoop {
  let stopping = false;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((wake = null), resolve()), ms);
      wake = () => (clearTimeout(timer), (wake = null), resolve());
    });

  /**
   * Records the outcome, retrying through a short outage: a job left active is only retried after
   * its expiry (minutes), so giving up at once would delay its work that long.
   */
  async function settle(id: string, failure: unknown) {
    let backoff = 200;
    for (let attempt = 0; ; attempt++) {
      try {
        if (failure === null) await options.boss.complete(options.queue, id);
        else await options.boss.fail(options.queue, id, { message: failure instanceof Error ? failure.message : String(failure) });
        return;
      } catch (error) {
        options.onQueueError(error);
        if (stopping || attempt >= settleAttempts) return;
        await pause(backoff);
        backoff = Math.min(backoff * 2, maxBackoffMs);
      }
    }
  }

  const running = (async () => {
    let backoff = options.pollMs;
    while (!stopping) {
      let jobs: PgBoss.JobWithMetadata<T>[];
      try {
        jobs = await options.boss.fetch<T>(options.queue, { batchSize: 1, includeMetadata: true });
        options.onQueueOk();
        backoff = options.pollMs;
      } catch (error) {
        options.onQueueError(error);
        await pause(backoff);
        backoff = Math.min(backoff * 2, maxBackoffMs);
        continue;
      }
      if (jobs.length === 0) {
        await pause(options.pollMs);
        continue;
      }
      for (const job of jobs) {
        let failure: unknown = null;
        try {
          await withinSeconds(options.handler(job.data, { id: job.id, retryCount: job.retryCount }), job.expireInSeconds);
        } catch (error) {
          failure = error ?? new Error('job failed');
        }
        await settle(job.id, failure);
      }
    }
  })();

  return {
    async stop(timeoutMs = 5000) {
      stopping = true;
      wake?.();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([running, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
  };
}

function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`job ran past its expiry of ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
