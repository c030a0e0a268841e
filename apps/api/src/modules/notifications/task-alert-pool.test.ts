import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTask, createUser } from '../../../test/factories.js';
import { createProviders, matchingPlaces } from '../../../test/provider-fixtures.js';
import { startPushService } from '../../../test/push-service.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { registerBackgroundJobs } from '../../background-jobs.js';
import { openJobsDatabase } from '../../bootstrap.js';
import { loadConfig } from '../../config.js';
import { type Database, openDatabase } from '../../db/client.js';
import { generateVapidKeys } from '../../platform/push/push-sender.js';
import { defaultNotificationSettings } from './notification-settings-defaults.js';
import { enqueueTaskAlert, recordTaskAlert } from './task-alert-fanout.js';

// A fan-out runs on the background jobs' own pool: requests keep every connection of theirs.
// (PGlite is one in-process connection for everything: there is no pool to keep apart.)
const onPostgres = inject('testDatabase').kind === 'postgres';

let testDb: TestDatabase;
let jobsDb: Database;
let t: TestApp;
let service: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  if (!testDb.url) return;
  jobsDb = await openDatabase({ kind: 'postgres', url: testDb.url, poolMax: 3 });
  // As in production: the queue on a connection string (its own pool), and configured keys, so nothing
  // reads them through the requests' pool behind the test's back.
  const keys = generateVapidKeys();
  t = await buildTestApp(testDb.database, {
    DATABASE_URL: testDb.url,
    VAPID_PUBLIC_KEY: keys.publicKey,
    VAPID_PRIVATE_KEY: keys.privateKey,
  });
  service = await startPushService();
  await t.platform.jobs.start();
  await registerBackgroundJobs({ config: t.config, platform: t.platform, database: jobsDb, log: t.app.log });
});
afterAll(async () => {
  if (!testDb.url) return testDb.drop();
  await t.platform.jobs.stop();
  await t.app.close();
  await service.close();
  await jobsDb.close();
  await testDb.drop();
});

describe('task alert fan-out and the request pool', () => {
  it.runIf(onPostgres)(
    'leaves the requests’ pool untouched while it pushes to 150 providers',
    async () => {
      const requests = testDb.database;
      // Everything the test writes goes through the jobs' pool too, so the requests' pool stays unopened.
      const db = jobsDb.db;
      const places = await matchingPlaces(db);
      const browsers = Array.from({ length: 150 }, () => service.browser());
      // The background jobs run on the real clock: quiet hours off, so the pushes are due whenever this runs.
      const settings = { ...defaultNotificationSettings(), quietHours: { enabled: false, from: '22:00', to: '08:00' } };
      await createProviders(
        db,
        browsers.map((b) => ({ categoryIds: [places.categoryId], cityId: places.cityId, browsers: [b], settings })),
      );
      const task = await createTask(db, (await createUser(db)).id, {
        categoryId: places.categoryId,
        subcategoryId: places.subcategoryId,
        cityId: places.cityId,
        districtId: null,
      });
      await recordTaskAlert(db, task.id, new Date());
      expect(requests.poolStats()).toEqual({ total: 0, idle: 0, waiting: 0 });

      const seen: Array<{ total: number; waiting: number }> = [];
      const sampler = setInterval(() => seen.push(requests.poolStats()!), 5);
      try {
        await enqueueTaskAlert({ jobs: t.platform.jobs, log: t.app.log }, task.id);
        await expect.poll(() => service.received.length, { timeout: 150_000, interval: 100 }).toBe(150);
      } finally {
        clearInterval(sampler);
      }
      expect(seen.length).toBeGreaterThan(10);
      // Not one connection was opened on the requests' pool, and nobody waited for one.
      expect(Math.max(...seen.map((s) => s.total + s.waiting))).toBe(0);
      expect(jobsDb.poolStats()!.total).toBeGreaterThan(0);
    },
    90_000,
  );
});

describe('the jobs’ pool', () => {
  it.runIf(onPostgres)('runs each statement on one core, leaving the others to the requests’ queries', async () => {
    const jobs = await openJobsDatabase(loadConfig({ APP_ENV: 'test', DATABASE_URL: testDb.url! }), testDb.database);
    try {
      const setting = async (db: Database) => (await db.executeSql('show max_parallel_workers_per_gather')).rows[0];
      expect(await setting(jobs)).toEqual({ max_parallel_workers_per_gather: '0' });
      // The requests' pool keeps the server's own setting.
      expect(await setting(testDb.database)).not.toEqual({ max_parallel_workers_per_gather: '0' });
    } finally {
      await jobs.close();
    }
  });
});
