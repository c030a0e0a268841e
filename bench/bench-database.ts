import { type Database, openDatabase } from '@dastiyor/api/src/db/client.js';
import { migrateDatabase } from '@dastiyor/api/src/db/migrate.js';
import { seedReferenceData } from '@dastiyor/api/src/modules/catalog/seed-reference-data.js';
import pg from 'pg';

/** The database name in a PostgreSQL URL, checked to be a plain identifier so it can be quoted safely. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected bench database name "${name}" (use lower-case letters, digits, _)`);
  return name;
}

function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the bench database when it is missing; with `drop`, drops it first. Dropping is refused
 * for a name without "bench" in it, so a mistyped BENCH_DATABASE_URL cannot wipe a real database.
 */
export async function ensureBenchDatabase(url: string, options: { drop: boolean }): Promise<'created' | 'exists'> {
  const name = databaseName(url);
  return withAdmin(url, async (client) => {
    if (options.drop) {
      if (!name.includes('bench')) throw new Error(`Refusing to drop "${name}": only a database named *bench* is dropped`);
      await client.query(`drop database if exists "${name}" with (force)`);
    }
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return 'exists';
    await client.query(`create database "${name}"`);
    return 'created';
  });
}

/** Opens the bench database through the API's own client, migrated and with reference data, as the API would. */
export async function openMigratedBenchDatabase(url: string, poolMax: number): Promise<Database> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax });
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Waits until no other session runs a query in the bench database. A load run that ends leaves
 * requests queued in a server's pool; the next run must not be measured against their leftovers.
 */
export async function waitForIdleDatabase(url: string, timeoutMs = 120_000): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    let quietChecks = 0;
    while (quietChecks < 2) {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity
         where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      );
      quietChecks = Number(rows[0]?.n ?? 0) === 0 ? quietChecks + 1 : 0;
      if (Date.now() > deadline) throw new Error('The bench database stayed busy after a load run');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}
