import { describe, expect, it } from 'vitest';
import { createSlots, NoSlotError } from './slots.js';

/** Work that runs until the test settles it. */
function held() {
  let settle!: (outcome: 'done' | Error) => void;
  const finished = new Promise<string>((resolve, reject) => {
    settle = (outcome) => (outcome === 'done' ? resolve('done') : reject(outcome));
  });
  let started = false;
  return {
    work: () => {
      started = true;
      return finished;
    },
    started: () => started,
    settle,
  };
}

const limits = { concurrent: 2, queued: 2, waitMs: 60_000 };

describe('slots', () => {
  it('runs at most `concurrent` at once and hands a freed slot to the first waiter', async () => {
    const slots = createSlots(limits);
    const [a, b, c, d] = [held(), held(), held(), held()];
    const runs = [a, b, c, d].map((h) => slots.run(h.work));
    await expect.poll(() => b.started()).toBe(true);
    expect([a, b, c, d].map((h) => h.started())).toEqual([true, true, false, false]);
    expect(slots.usage()).toEqual({ running: 2, waiting: 2 });
    a.settle('done');
    await expect.poll(() => c.started()).toBe(true);
    expect(d.started()).toBe(false);
    expect(slots.usage()).toEqual({ running: 2, waiting: 1 });
    for (const h of [b, c, d]) h.settle('done');
    await expect(Promise.all(runs)).resolves.toEqual(['done', 'done', 'done', 'done']);
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const slots = createSlots({ ...limits, concurrent: 1 });
    const failing = held();
    const run = slots.run(failing.work);
    failing.settle(new Error('statement timeout'));
    await expect(run).rejects.toThrow('statement timeout');
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });

  it('frees the slot when the work throws before returning a promise', async () => {
    const slots = createSlots({ ...limits, concurrent: 1 });
    const run = slots.run(() => {
      throw new Error('bad input');
    });
    await expect(run).rejects.toThrow('bad input');
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, without running the work', async () => {
    const slots = createSlots({ ...limits, concurrent: 1, queued: 1 });
    const first = held();
    const second = held();
    const runs = [slots.run(first.work), slots.run(second.work)];
    const refused = held();
    await expect(slots.run(refused.work)).rejects.toEqual(new NoSlotError('queue_full'));
    expect(refused.started()).toBe(false);
    first.settle('done');
    await expect.poll(() => second.started()).toBe(true);
    second.settle('done');
    await Promise.all(runs);
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a waiter after `waitMs` and leaves the queue as it was', async () => {
    const slots = createSlots({ concurrent: 1, queued: 4, waitMs: 20 });
    const busy = held();
    const running = slots.run(busy.work);
    const late = held();
    await expect(slots.run(late.work)).rejects.toEqual(new NoSlotError('wait_timeout'));
    expect(late.started()).toBe(false);
    expect(slots.usage()).toEqual({ running: 1, waiting: 0 });
    busy.settle('done');
    await running;
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
  });

  it('drops a waiter whose signal aborts, and refuses one already aborted', async () => {
    const slots = createSlots({ ...limits, concurrent: 1 });
    const busy = held();
    const running = slots.run(busy.work);
    const leaving = new AbortController();
    const gone = held();
    const waiting = slots.run(gone.work, leaving.signal);
    const next = held();
    const after = slots.run(next.work);
    leaving.abort();
    await expect(waiting).rejects.toEqual(new NoSlotError('aborted'));
    await expect(slots.run(async () => 'never', leaving.signal)).rejects.toEqual(new NoSlotError('aborted'));
    busy.settle('done');
    await expect.poll(() => next.started()).toBe(true);
    expect(gone.started()).toBe(false);
    next.settle('done');
    await Promise.all([running, after]);
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
  });

  it('an abort after the slot was granted does not cut the work or free the slot twice', async () => {
    const slots = createSlots({ ...limits, concurrent: 1 });
    const leaving = new AbortController();
    const work = held();
    const run = slots.run(work.work, leaving.signal);
    await expect.poll(() => work.started()).toBe(true);
    leaving.abort();
    work.settle('done');
    await expect(run).resolves.toBe('done');
    expect(slots.usage()).toEqual({ running: 0, waiting: 0 });
  });
});
