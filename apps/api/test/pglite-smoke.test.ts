import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { prepareDatabase } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { DataDirLockedError, openDatabase } from '../src/db/client.js';
import { demoTasks } from '../src/modules/demo/demo-data.js';
import { createPlatform } from '../src/platform/platform.js';

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dastiyor-pglite-'));
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

/** The embedded default end to end: PGlite on disk, migrations, seeds, jobs, the HTTP app. */
describe('embedded mode (PGlite) smoke test', () => {
  it('boots, serves reference and demo data, runs a job, refuses a second process, keeps data across restarts', async () => {
    const config = loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    expect(config.database.kind).toBe('pglite');
    expect(config.seedDemo).toBe(true);

    const database = await prepareDatabase(config, () => {});
    const platform = createPlatform(config, database);
    const app = await buildApp({ config, database, platform });
    try {
      const categories = await app.inject({ method: 'GET', url: '/api/v1/categories' });
      expect(categories.statusCode).toBe(200);
      expect(categories.json().items.length).toBeGreaterThanOrEqual(12);
      const feed = await app.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' });
      expect(feed.json().items).toHaveLength(demoTasks.length);
      expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json().database).toBe('up');

      await platform.jobs.start();
      const done: number[] = [];
      await platform.jobs.work<{ n: number }>('smoke', async (data) => void done.push(data.n));
      await platform.jobs.send('smoke', { n: 7 });
      await expect.poll(() => done, { timeout: 20_000, interval: 200 }).toEqual([7]);
      // Jobs written inside a transaction (the fan-out's batches) go through the one embedded connection too.
      await platform.jobs.createQueues(['smoke-bulk']);
      await database.db.transaction((tx) =>
        platform.jobs.insert(
          [1, 2, 3].map((n) => ({ queue: 'smoke-bulk', data: { n } })),
          { tx },
        ),
      );
      await platform.jobs.work<{ n: number }>('smoke-bulk', async (data) => void done.push(data.n), { concurrency: 2 });
      await expect.poll(() => [...done].sort(), { timeout: 20_000, interval: 200 }).toEqual([1, 2, 3, 7]);

      await expect(openDatabase(config.database)).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await platform.jobs.stop();
      await app.close();
      await database.close();
    }

    const reopened = await prepareDatabase(config, () => {});
    try {
      const again = await buildApp({ config, database: reopened, platform: createPlatform(config, reopened) });
      const feed = await again.inject({ method: 'GET', url: '/api/v1/tasks?limit=50' });
      expect(feed.json().items).toHaveLength(demoTasks.length);
      await again.close();
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
