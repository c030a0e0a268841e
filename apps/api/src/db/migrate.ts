import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client.js';

/**
 * The committed SQL migrations. From source they sit beside this file; the build copies them next
 * to the bundle (dist/migrations), so the same lookup works in both.
 */
export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * The session-level advisory lock every instance takes before migrating. Arbitrary but fixed: it
 * must be the same number in every instance and every release, or two versions could migrate at once.
 */
export const migrationLockKey = 7_263_114_020;

export interface MigrateOptions {
  folder?: string;
  /** Runs after the migrations, still under the lock: seeding that two instances must not do at once. */
  afterMigrate?: () => Promise<void>;
  /** Told when another instance holds the lock, so a slow boot says why it waits. */
  log?: (message: string) => void;
}

/**
 * Applies the pending migrations. On PostgreSQL several instances may boot at once: each takes
 * `pg_advisory_lock(migrationLockKey)` on a connection of its own, so one migrates and seeds while
 * the others wait, then find nothing left to do. PGlite is one process and needs no lock.
 */
export async function migrateDatabase(database: Database, options: MigrateOptions = {}): Promise<void> {
  const folder = options.folder ?? migrationsFolder;
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    await options.afterMigrate?.();
    return;
  }
  if (!database.url) throw new Error('PostgreSQL migrations need the database URL (a connection of their own)');
  // Not through the pool: a session lock needs one connection held throughout, and the pool's 15 s
  // query timeout suits requests, while a migration that rewrites a large table may rightly take minutes.
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 10_000 });
  // A connection lost mid-way fails the pending query; without a listener it would also crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [migrationLockKey]);
    if (!rows[0]?.locked) {
      options.log?.('another instance is migrating the database; waiting for it');
      await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    }
    await migratePg(drizzle(client), { migrationsFolder: folder });
    await options.afterMigrate?.();
    await client.query('select pg_advisory_unlock($1)', [migrationLockKey]);
  } finally {
    // Ending the session also releases the lock when anything above failed.
    await client.end().catch(() => {});
  }
}

/** The committed migrations this database has not applied yet (drizzle's own rule: by creation time). */
export async function pendingMigrations(database: Database, folder = migrationsFolder): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  let last = 0;
  try {
    const { rows } = await database.executeSql('select max(created_at) as last from drizzle.__drizzle_migrations');
    last = Number((rows[0] as { last: string | number | null } | undefined)?.last ?? 0);
  } catch (error) {
    // 3F000 no schema, 42P01 no table: a database never migrated.
    if (!['3F000', '42P01'].includes((error as { code?: string }).code ?? '')) throw error;
  }
  return migrations.filter((m) => m.folderMillis > last).length;
}
