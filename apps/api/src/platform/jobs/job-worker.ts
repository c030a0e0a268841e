import type PgBoss from 'pg-boss';

export interface WorkerLoopOptions<T> {
  boss: Pick<PgBoss, 'fetch' | 'complete' | 'fail'>;
  queue: string;
  handler: (data: T, meta: { id: string; retryCount: number }) => Promise<void>;
  pollMs: number;
  /**
   * Jobs handled at once (default 1). Free slots are filled by one fetch of that many jobs, so a
   * queue of thousands of small deliveries is worked in parallel, not one round trip each.
   */
  concurrency?: number;
  /** Any failure to reach the queue (fetch, complete, fail): an outage, folded by the caller's incident. */
  onQueueError: (error: unknown) => void;
  /** A fetch answered: the queue is reachable. */
  onQueueOk: () => void;
  /** A job failed on its last allowed try: pg-boss will not run it again. */
  onFailedForGood?: (job: { id: string; retryCount: number }, error: unknown) => void;
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
  const concurrency = Math.max(1, options.concurrency ?? 1);
  let stopping = false;
  // Every pause in progress (the loop's poll and each job's settle retries); stop() ends them all.
  const wakers = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => (clearTimeout(timer), wakers.delete(wake), resolve());
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
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

  async function handle(job: PgBoss.JobWithMetadata<T>) {
    let failure: unknown = null;
    try {
      await withinSeconds(options.handler(job.data, { id: job.id, retryCount: job.retryCount }), job.expireInSeconds);
    } catch (error) {
      failure = error ?? new Error('job failed');
    }
    await settle(job.id, failure);
    if (failure !== null && job.retryCount >= job.retryLimit) options.onFailedForGood?.(job, failure);
  }

  const running = (async () => {
    let backoff = options.pollMs;
    const inFlight = new Set<Promise<void>>();
    while (!stopping) {
      const free = concurrency - inFlight.size;
      if (free === 0) {
        await Promise.race(inFlight);
        continue;
      }
      let jobs: PgBoss.JobWithMetadata<T>[];
      try {
        jobs = await options.boss.fetch<T>(options.queue, { batchSize: free, includeMetadata: true });
        options.onQueueOk();
        backoff = options.pollMs;
      } catch (error) {
        options.onQueueError(error);
        await pause(backoff);
        backoff = Math.min(backoff * 2, maxBackoffMs);
        continue;
      }
      for (const job of jobs) {
        const done: Promise<void> = handle(job).finally(() => inFlight.delete(done));
        inFlight.add(done);
      }
      // Nothing waiting: poll again later, or as soon as a job in hand finishes (it may have queued more).
      if (jobs.length === 0) await Promise.race([pause(options.pollMs), ...inFlight]);
    }
    await Promise.allSettled(inFlight);
  })();

  return {
    async stop(timeoutMs = 5000) {
      stopping = true;
      for (const wake of [...wakers]) wake();
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
