/** Why a caller got no slot: the queue was full, it waited too long, or its signal aborted while it waited. */
export class NoSlotError extends Error {
  constructor(readonly reason: 'queue_full' | 'wait_timeout' | 'aborted') {
    super(`No slot free (${reason})`);
    this.name = 'NoSlotError';
  }
}

export interface SlotLimits {
  /** Work running at once. */
  concurrent: number;
  /** Callers waiting for a slot at most; one more is refused at once. */
  queued: number;
  /** How long a caller waits for a slot before it is refused. */
  waitMs: number;
}

export interface Slots {
  /**
   * Runs `work` once a slot is free and frees it when `work` settles, however it settles. Rejects with
   * NoSlotError, without running `work`, when the queue is full, the wait passes `waitMs`, or `signal`
   * aborts while waiting (a request whose client left stops waiting; work already running is not cut).
   */
  run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Slots taken and callers waiting, now. */
  usage(): { running: number; waiting: number };
}

interface Waiter {
  grant: () => void;
  refuse: (reason: NoSlotError['reason']) => void;
}

/** A counting semaphore with a bounded, time-limited FIFO queue. */
export function createSlots(limits: SlotLimits): Slots {
  let running = 0;
  const queue: Waiter[] = [];

  const release = () => {
    // A freed slot goes straight to the first waiter, so `running` never dips and a newcomer cannot jump the queue.
    const next = queue.shift();
    if (next) next.grant();
    else running--;
  };

  const acquire = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new NoSlotError('aborted'));
      if (running < limits.concurrent) {
        running++;
        return resolve();
      }
      if (queue.length >= limits.queued) return reject(new NoSlotError('queue_full'));
      const onAbort = () => waiter.refuse('aborted');
      const timer = setTimeout(() => waiter.refuse('wait_timeout'), limits.waitMs);
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const waiter: Waiter = {
        grant: () => {
          settle();
          resolve();
        },
        refuse: (reason) => {
          settle();
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          reject(new NoSlotError(reason));
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
    });

  return {
    async run(work, signal) {
      await acquire(signal);
      try {
        return await work();
      } finally {
        release();
      }
    },
    usage: () => ({ running, waiting: queue.length }),
  };
}
