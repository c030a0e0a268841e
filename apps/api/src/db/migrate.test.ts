import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../../test/test-database.js';
import { DatabaseNotMigratedError, prepareDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { categories as categorySeeds, cities as citySeeds } from '../modules/catalog/reference-data.js';
import { demoTasks, demoUsers } from '../modules/demo/demo-data.js';
import { migrationsFolder } from './migrate.js';

const target = inject('testDatabase');
const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const created: string[] = [];

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  if (target.kind !== 'postgres') throw new Error('needs PostgreSQL');
  const client = new pg.Client({ connectionString: target.adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A database with nothing in it: not the suite's migrated template. */
async function emptyDatabase(): Promise<string> {
  if (target.kind !== 'postgres') throw new Error('needs PostgreSQL');
  const name = `dastiyor_migrate_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`create database "${name}"`));
  created.push(name);
  return databaseUrl(target.adminUrl, name);
}

afterAll(async () => {
  if (target.kind !== 'postgres') return;
  await withAdmin(async (c) => {
    for (const name of created) await c.query(`drop database if exists "${name}" with (force)`);
  });
});

/** Row counts that must come out the same however many instances migrated. */
async function census(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const n = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    return {
      migrations: await n('select count(*) as n from drizzle.__drizzle_migrations'),
      categories: await n('select count(*) as n from categories'),
      cities: await n('select count(*) as n from cities'),
      districts: await n('select count(*) as n from districts'),
      plans: await n('select count(*) as n from plans'),
      users: await n('select count(*) as n from users'),
      tasks: await n('select count(*) as n from tasks'),
    };
  } finally {
    await client.end();
  }
}

const expected = {
  migrations: readMigrationFiles({ migrationsFolder }).length,
  categories: categorySeeds.reduce((sum, top) => sum + 1 + top.children.length, 0),
  cities: citySeeds.length,
  districts: citySeeds.reduce((sum, city) => sum + city.districts.length, 0),
  plans: 3,
  users: demoUsers.length,
  tasks: demoTasks.length,
};

const configFor = (url: string, env: Record<string, string> = {}) =>
  loadConfig({ APP_ENV: 'test', DATABASE_URL: url, SEED_DEMO: '1', DATA_DIR: path.join(os.tmpdir(), 'dastiyor-migrate-test'), ...env });

/** The migrate CLI from source, as its own process; resolves with its exit code and output. */
function runMigrateCli(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], {
      cwd: apiRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, APP_ENV: 'test', DATABASE_URL: url, SEED_DEMO: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe.skipIf(target.kind !== 'postgres')('migrations under the advisory lock', () => {
  it('should bring up two instances migrating an empty database at once, with the schema and seeds there once', async () => {
    const url = await emptyDatabase();
    const logs: string[] = [];
    const [a, b] = await Promise.all([
      prepareDatabase(configFor(url), (m) => logs.push(m)),
      prepareDatabase(configFor(url), (m) => logs.push(m)),
    ]);
    await Promise.all([a.close(), b.close()]);
    expect(await census(url)).toEqual(expected);
    expect(logs.filter((m) => m === 'demo users and tasks created')).toHaveLength(1);
  });

  it('should let two migrate processes run against one empty database, both exiting 0', async () => {
    const url = await emptyDatabase();
    const runs = await Promise.all([runMigrateCli(url), runMigrateCli(url)]);
    for (const run of runs) {
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('database migrated (PostgreSQL)');
    }
    expect(await census(url)).toEqual(expected);
  }, 60_000);

  it('should refuse to start on a database behind the release when MIGRATE_ON_START=0, and start once it is migrated', async () => {
    const url = await emptyDatabase();
    const noMigrate = configFor(url, { MIGRATE_ON_START: '0' });
    expect(noMigrate.migrateOnStart).toBe(false);
    const refused = await prepareDatabase(noMigrate, () => {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseNotMigratedError);
    expect((refused as DatabaseNotMigratedError).pending).toBe(expected.migrations);

    expect((await runMigrateCli(url)).code).toBe(0);
    const database = await prepareDatabase(noMigrate, () => {});
    await database.close();
  }, 60_000);
});
