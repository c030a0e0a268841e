import { loadConfig } from '../config.js';
import { prepareDatabase } from '../bootstrap.js';

/**
 * `npm run db:migrate`: migrates and seeds the configured database, then exits 0. For deploys that
 * run it as its own step before the API (which then starts with MIGRATE_ON_START=0). Safe to run
 * while other instances boot: it takes the same advisory lock they do.
 */
async function main() {
  const config = loadConfig();
  const log = (message: string) => console.log(`[dastiyor] ${message}`);
  const database = await prepareDatabase({ ...config, migrateOnStart: true }, log);
  await database.close();
  log(`database migrated (${config.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.database.dir}`})`);
}

main().catch((error: unknown) => {
  console.error(`[dastiyor] migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
