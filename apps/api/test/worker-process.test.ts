import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, taskAlertFanouts, tasks } from '../src/db/schema/index.js';
import { matchingTaskChannel } from '../src/modules/notifications/matching-task-broadcast.js';
import { signUp } from './auth-helpers.js';
import { redisUp, redisUrl } from './redis.js';
import { taskBody } from './task-fixtures.js';
import { buildTestApp, type TestApp } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

// BACKGROUND_JOBS=worker: the API only queues jobs and a worker process (src/worker.ts) runs them, its
// live events reaching the API's sockets through Redis. A task published through the API is fanned
// out and broadcast by the worker.

const apiRoot = path.resolve(import.meta.dirname, '..');
const prefix = `dastiyor:worker-test-${randomBytes(4).toString('hex')}:`;
let testDb: TestDatabase;
let t: TestApp;
let worker: ChildProcess | null = null;
let workerOutput = '';

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: apiRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      APP_ENV: 'test',
      DATABASE_URL: url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      BACKGROUND_JOBS: 'worker',
      MIGRATE_ON_START: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: path.join(os.tmpdir(), 'dastiyor-worker-test'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      workerOutput += chunk.toString();
      if (workerOutput.includes('running background jobs')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code} before it was ready:\n${workerOutput}`)));
  });
}

describe.skipIf(!redisUp)('a worker process (BACKGROUND_JOBS=worker)', () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    if (!testDb.url) return;
    t = await buildTestApp(testDb.database, {
      DATABASE_URL: testDb.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      BACKGROUND_JOBS: 'worker',
    });
    // Started to queue jobs only: nothing in this process works them.
    await t.platform.jobs.start();
    worker = await startWorker(testDb.url);
  }, 120_000);
  afterAll(async () => {
    if (worker && worker.exitCode === null) worker.kill('SIGKILL');
    await t?.platform.jobs.stop();
    await t?.app.close();
    await t?.platform.bus.close();
    await testDb?.drop();
  });

  it('fans out and broadcasts a task published through the API, and stops cleanly on SIGTERM', async (context) => {
    if (!testDb.url) return context.skip(); // PGlite lives in one process: no worker there.
    const db = testDb.database.db;
    const broadcasts: string[] = [];
    await t.platform.bus.subscribe(matchingTaskChannel, (message) => broadcasts.push((message as { id: string }).id));

    const [sub] = await db.select().from(categories).where(isNotNull(categories.parentId)).limit(1);
    const body = await taskBody(db, { categoryId: sub!.parentId!, subcategoryId: sub!.id, districtId: undefined });
    const customer = await signUp(t.app, db, {});
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: customer.cookie },
      payload: { ...body, title: 'Починить кран в ванной', status: 'new' },
    });
    expect(res.statusCode).toBe(201);
    const taskId: string = res.json().id;

    await expect.poll(() => broadcasts, { timeout: 30_000, interval: 200 }).toContain(taskId);
    const fanoutFinished = async () => {
      const [row] = await db.select({ at: taskAlertFanouts.finishedAt }).from(taskAlertFanouts).where(eq(taskAlertFanouts.taskId, taskId));
      return row?.at ?? null;
    };
    await expect.poll(fanoutFinished, { timeout: 30_000, interval: 200 }).not.toBeNull();
    const [task] = await db.select({ matchedAt: tasks.matchedAt }).from(tasks).where(eq(tasks.id, taskId));
    expect(task!.matchedAt).not.toBeNull();

    const exited = new Promise<number | null>((resolve) => worker!.once('exit', resolve));
    worker!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(workerOutput).not.toMatch(/"level":(50|60)/);
  });
});
