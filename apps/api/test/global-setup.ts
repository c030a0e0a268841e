import { createHash } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/modules/catalog/seed-reference-data.js';
import { seedPlans } from '../src/modules/subscriptions/plans-service.js';
import { databaseUrl } from './test-database.js';

/** TEST_DATABASE_URL, else a PostgreSQL answering on 127.0.0.1:5432, else PGlite (slower, never skipped). */
async function findPostgres(): Promise<string | null> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const open = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 5432 });
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
  return open ? 'postgres://postgres@127.0.0.1:5432/postgres' : null;
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = await findPostgres();
  if (!adminUrl) {
    console.warn('\n[tests] No PostgreSQL found: running the integration suite on PGlite (slower).\n');
    project.provide('testDatabase', { kind: 'pglite' });
    return;
  }
  // Each project (api, api-mocked) has its own template and databases: a short hash of its name keeps the
  // prefixes apart, so one project's teardown never drops the other's.
  const tag = createHash('sha256').update(project.name).digest('hex').slice(0, 6);
  const prefix = `dastiyor_test_${process.pid}_${tag}`;
  const template = `${prefix}_tpl`;
  await admin(adminUrl, async (c) => {
    await c.query(`drop database if exists "${template}" with (force)`);
    await c.query(`create database "${template}"`);
  });
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, template), poolMax: 2 });
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await seedPlans(database.db);
  } finally {
    await database.close();
  }
  project.provide('testDatabase', { kind: 'postgres', adminUrl, template });

  return async () => {
    await admin(adminUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>('select datname from pg_database where datname like $1', [
        `${prefix.replaceAll('_', '\\_')}\\_%`,
      ]);
      for (const row of rows) await c.query(`drop database if exists "${row.datname}" with (force)`);
    });
  };
}
