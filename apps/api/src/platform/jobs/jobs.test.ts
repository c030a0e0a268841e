import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { createPgBossJobs, type Jobs } from './jobs.js';

let testDb: TestDatabase;
let jobs: Jobs;

beforeAll(async () => {
  testDb = await createTestDatabase();
  jobs = createPgBossJobs(testDb.url ? { connectionString: testDb.url } : { executeSql: testDb.database.executeSql });
  await jobs.start();
});
afterAll(async () => {
  await jobs.stop();
  await testDb.drop();
});

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
});
