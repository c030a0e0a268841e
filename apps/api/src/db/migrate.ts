import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client.js';

/**
 * The committed SQL migrations. From source they sit beside this file; the build copies them next
 * to the bundle (dist/migrations), so the same lookup works in both.
 */
export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'postgres' && database.url) {
    // Not through the pool: its 15 s query timeout suits requests, while a migration that rewrites a
    // large table (e.g. adding a stored generated column) may rightly take minutes.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await migratePg(drizzle(client), { migrationsFolder: folder });
    } finally {
      await client.end();
    }
  } else if (database.kind === 'postgres') {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
  } else {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
}
