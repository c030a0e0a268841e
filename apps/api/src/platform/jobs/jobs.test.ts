import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { stableJobId } from './job-id.js';
import { createPgBossJobs, type Jobs, JobsNotStartedError } from './jobs.js';

let testDb: TestDatabase;
let jobs: Jobs;
const log = { warn: vi.fn(), info: vi.fn(), error: vi.fn() };

beforeAll(async () => {
  testDb = await createTestDatabase();
  jobs = createPgBossJobs(testDb.url ? { connectionString: testDb.url } : { executeSql: testDb.database.executeSql }, log);
  await jobs.start();
});
afterAll(async () => {
  await jobs.stop();
  await testDb.drop();
});

const countJobs = async (queue: string) => {
  const { rows } = await testDb.database.executeSql('select count(*)::int as n from pgboss.job where name = $1', [queue]);
  return (rows[0] as { n: number }).n;
};

describe('jobs (pg-boss)', () => {
  it('runs a sent job and retries one that fails', async () => {
    const seen: Array<{ n: number; retry: number }> = [];
    await jobs.work<{ n: number }>('test-queue', async (data, meta) => {
      seen.push({ n: data.n, retry: meta.retryCount });
      if (data.n === 2 && meta.retryCount === 0) throw new Error('transient');
    });
    await jobs.send('test-queue', { n: 1 });
    await jobs.send('test-queue', { n: 2 }, { retryLimit: 2 });
    await expect.poll(() => seen.filter((s) => s.n === 2).length, { timeout: 20_000, interval: 200 }).toBe(2);
    expect(seen).toContainEqual({ n: 1, retry: 0 });
    expect(seen).toContainEqual({ n: 2, retry: 1 });
  });

  it('inserts many jobs in one call; inside a transaction they exist only once it commits', async () => {
    await jobs.createQueues(['bulk-queue']);
    const batch = Array.from({ length: 50 }, (_, i) => ({ queue: 'bulk-queue', data: { i } }));
    await expect(
      testDb.database.db.transaction(async (tx) => {
        await jobs.insert(batch, { tx });
        throw new Error('the batch is abandoned');
      }),
    ).rejects.toThrow(/abandoned/);
    expect(await countJobs('bulk-queue')).toBe(0);
    await testDb.database.db.transaction((tx) => jobs.insert(batch, { tx }));
    expect(await countJobs('bulk-queue')).toBe(50);
  });

  it('refuses a transactional insert into a queue it has not created, instead of losing the jobs', async () => {
    await expect(testDb.database.db.transaction((tx) => jobs.insert([{ queue: 'never-created', data: {} }], { tx }))).rejects.toThrow(
      /must be created/,
    );
  });

  it('refuses at once to queue on a queue not started, with an error no retry waits on', async () => {
    const idle = createPgBossJobs(testDb.url ? { connectionString: testDb.url } : { executeSql: testDb.database.executeSql }, log);
    await expect(idle.insert([{ queue: 'bulk-queue', data: {} }])).rejects.toBeInstanceOf(JobsNotStartedError);
  });

  it('queues a job with a stable id once, however often it is inserted', async () => {
    const id = stableJobId('push:some-notification');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await jobs.insert([{ queue: 'stable-queue', data: {}, id }]);
    await jobs.insert([{ queue: 'stable-queue', data: {}, id }]);
    expect(await countJobs('stable-queue')).toBe(1);
  });

  it('works several jobs of one queue at once with a concurrency', async () => {
    let running = 0;
    let widest = 0;
    let done = 0;
    await jobs.createQueues(['parallel-queue']);
    await jobs.insert(Array.from({ length: 8 }, () => ({ queue: 'parallel-queue', data: {} })));
    await jobs.work(
      'parallel-queue',
      async () => {
        running += 1;
        widest = Math.max(widest, running);
        // Held until four run side by side (or 5 s pass): one at a time could never get there.
        await vi.waitFor(() => expect(widest).toBeGreaterThanOrEqual(4), { timeout: 5_000, interval: 20 }).catch(() => {});
        running -= 1;
        done += 1;
      },
      { concurrency: 4 },
    );
    await expect.poll(() => done, { timeout: 20_000, interval: 100 }).toBe(8);
    expect(widest).toBe(4);
  });

  it('logs a job that failed its last allowed try as an error', async () => {
    await jobs.work('doomed-queue', async () => {
      throw new Error('always fails');
    });
    const id = await jobs.send('doomed-queue', {}, { retryLimit: 0 });
    await expect
      .poll(() => log.error.mock.calls.some(([obj]) => (obj as { jobId?: string }).jobId === id), { timeout: 20_000, interval: 200 })
      .toBe(true);
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ queue: 'doomed-queue', retries: 0 }),
      'job failed after all its retries',
    );
  });
});
