import type { FastifyInstance } from 'fastify';
import { like } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import { tasks } from '../../src/db/schema/index.js';
import { createMaintenanceService } from '../../src/modules/settings/maintenance.js';
import { createPlatform, type Platform } from '../../src/platform/platform.js';
import { signUp } from '../auth-helpers.js';
import { captureLog } from '../log-capture.js';
import { taskBody } from '../task-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';

/**
 * PostgreSQL ending every session of the app (what a restart or failover does to it) in the middle
 * of writes and of job processing, several times over.
 */
const postgres = inject('testDatabase').kind === 'postgres';

const { log, lines } = captureLog();

let testDb: TestDatabase;
let database: Database;
let platform: Platform;
let app: FastifyInstance;
let admin: pg.Client;

beforeAll(async () => {
  if (!postgres) return;
  testDb = await createTestDatabase();
  database = await openDatabase({ kind: 'postgres', url: testDb.url!, pool: { max: 6 } }, log);
  const config = loadConfig({
    APP_ENV: 'test',
    DATABASE_URL: testDb.url!,
    DATA_DIR: '/tmp/dastiyor-test-data',
  });
  platform = createPlatform(config, database, log);
  await platform.jobs.start();
  app = await buildApp({ config, database, platform, maintenance: createMaintenanceService({ db: database.db, cacheMs: 0 }) });
  await app.ready();
  admin = new pg.Client({ connectionString: testDb.url! });
  await admin.connect();
  await admin.query('create table fault_probe (n int primary key, runs int not null default 1)');
});
afterAll(async () => {
  if (!postgres) return;
  await admin.end();
  await app.close();
  await platform.jobs.stop();
  await database.close();
  await testDb.drop();
});

/** Ends every session of the app's database but the killer's own: the pool's and pg-boss's alike. */
async function terminateAppConnections(): Promise<number> {
  const { rows } = await admin.query(
    'select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  return Number(rows[0].n);
}

type Outcome = { title: string; status: number; id?: string; contentType?: string; retryAfter?: string; code?: string; at: number };

describe.runIf(postgres)('when PostgreSQL ends every connection of the app, five times, under writes and jobs', () => {
  it('should stay up, answer fast 503s, recover at once, lose no acknowledged write and keep no write it called failed', async () => {
    const customers = await Promise.all(Array.from({ length: 6 }, () => signUp(app, database.db, {})));
    const body = await taskBody(database.db, { status: 'draft' });
    await platform.jobs.work<{ n: number }>('fault-probe', async ({ n }) => {
      await database.executeSql('insert into fault_probe (n) values ($1) on conflict (n) do update set runs = fault_probe.runs + 1', [n]);
    });

    const writes: Outcome[] = [];
    const reads: number[] = [];
    const sentJobs: number[] = [];
    let stop = false;
    let progress = 0;
    let onProgress: (() => void) | null = null;
    const progressed = (atLeast: number) =>
      new Promise<void>((resolve) => {
        const check = () => (progress >= atLeast ? resolve() : (onProgress = check));
        check();
      });

    // Each logical write is retried with its Idempotency-Key until it is saved, as the web does.
    const logical: string[] = [];
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const title = `Фаулт-тест ${w}-${i}: повесить полку`;
        logical.push(title);
        for (let attempt = 0; attempt < 50; attempt++) {
          const res = await app.inject({
            method: 'POST',
            url: '/api/v1/tasks',
            payload: { ...body, title },
            headers: { cookie: customers[w]!.cookie, 'idempotency-key': `fault-${w}-${i}` },
          });
          const outcome: Outcome = { title, status: res.statusCode, at: Date.now() };
          writes.push(outcome);
          if (res.statusCode === 201) {
            outcome.id = res.json().id;
            break;
          }
          outcome.contentType = String(res.headers['content-type']);
          outcome.retryAfter = res.headers['retry-after'] as string | undefined;
          outcome.code = res.json().code;
        }
        if (i % 3 === 0) {
          const n = w * 10_000 + i;
          if (await platform.jobs.send('fault-probe', { n }).catch(() => null)) sentJobs.push(n);
        }
        progress += 1;
        onProgress?.();
      }
    };
    // The feed: a read that needs the database on every call (the reference data is served from memory).
    const reader = async () => {
      while (!stop) reads.push((await app.inject({ method: 'GET', url: '/api/v1/tasks' })).statusCode);
    };

    const load = [...customers.map((_, w) => writer(w)), reader(), reader()];
    const recoveries: number[] = [];
    // However this test ends, the load stops, so the app can close.
    onTestFinished(async () => {
      stop = true;
      await Promise.allSettled(load);
    });
    for (let round = 1; round <= 5; round++) {
      await progressed(round * 25);
      const killedAt = Date.now();
      expect(await terminateAppConnections()).toBeGreaterThan(0);
      const before = writes.length;
      await expect
        .poll(() => writes.slice(before).find((o) => o.status === 201 && o.at > killedAt), { timeout: 10_000, interval: 20 })
        .toBeDefined();
      recoveries.push(writes.slice(before).find((o) => o.status === 201 && o.at > killedAt)!.at - killedAt);
    }
    stop = true;
    await Promise.all(load);

    // After the outages, every request succeeds again.
    for (const customer of customers) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        payload: { ...body, title: `После аварии ${customer.user.id}` },
        headers: { cookie: customer.cookie },
      });
      expect(res.statusCode).toBe(201);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    // No connection is still held by a request that ended: a leaked client would stay checked out forever,
    // while the jobs the last writes queued (task alerts) may hold one for a moment.
    await expect
      .poll(
        () => {
          const stats = database.poolStats()!;
          return { waiting: stats.waiting, checkedOut: stats.total - stats.idle };
        },
        { timeout: 10_000, interval: 50 },
      )
      .toEqual({ waiting: 0, checkedOut: 0 });

    // Only two answers exist: saved, or a fast problem+json 503 that says when to retry.
    const failed = writes.filter((o) => o.status !== 201);
    expect(new Set(writes.map((o) => o.status))).toEqual(new Set(failed.length ? [201, 503] : [201]));
    for (const o of failed) {
      expect(o).toMatchObject({ code: 'service_unavailable', retryAfter: expect.stringMatching(/^\d+$/) });
      expect(o.contentType).toContain('application/problem+json');
    }
    expect(reads.every((s) => s === 200 || s === 503)).toBe(true);
    expect(Math.max(...recoveries)).toBeLessThan(2000);

    // The database holds every write exactly once: none lost, and none saved behind a 503 (its retry
    // with the same key would then have saved it a second time).
    const saved = await database.db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(like(tasks.title, 'Фаулт-тест %'));
    const acknowledged = writes.filter((o) => o.status === 201);
    expect(acknowledged.map((o) => o.title).sort()).toEqual([...logical].sort());
    expect(saved.map((r) => r.title).sort()).toEqual([...logical].sort());
    expect(new Set(saved.map((r) => r.id))).toEqual(new Set(acknowledged.map((o) => o.id)));

    // Every job that was queued runs, outages or not.
    await expect
      .poll(async () => Number((await admin.query('select count(*) as n from fault_probe')).rows[0].n), { timeout: 30_000, interval: 200 })
      .toBe(sentJobs.length);

    // A line when it went down and one when it came back, per outage (a kill may read as two when a
    // new connection succeeds before an old one reports its end): not one per failed request.
    const down = lines.filter((l) => l.msg === 'database unavailable').length;
    expect(down).toBeGreaterThanOrEqual(1);
    expect(down).toBeLessThanOrEqual(10);
    expect(lines.filter((l) => l.msg === 'job queue unavailable').length).toBeLessThanOrEqual(10);
    // Nothing went unexplained: no 500, no unhandled error (pino 50 error, 60 fatal).
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
    console.info(
      `[faults] ${logical.length} writes in ${writes.length} attempts (${failed.length} × 503), ${reads.length} reads, ${sentJobs.length} jobs; recovery after each kill ${recoveries.join(', ')} ms`,
    );
  }, 120_000);
});
