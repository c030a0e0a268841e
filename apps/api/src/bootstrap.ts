import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { migrateDatabase, pendingMigrations } from './db/migrate.js';
import type { IncidentLogger } from './platform/errors/incident-log.js';
import { seedReferenceData } from './modules/catalog/seed-reference-data.js';
import { seedDemoData } from './modules/demo/seed-demo.js';
import { seedPlans } from './modules/subscriptions/plans-service.js';

/** The API was told not to migrate (MIGRATE_ON_START=0) and the database is behind this release. */
export class DatabaseNotMigratedError extends Error {
  constructor(readonly pending: number) {
    super(`The database lacks ${pending} migration(s) of this release; run \`npm run db:migrate\` first (MIGRATE_ON_START=0).`);
    this.name = 'DatabaseNotMigratedError';
  }
}

/**
 * Migrations, then reference data, plans and (when asked) demo data, all under the migration lock:
 * the seeds check-then-insert, so two instances booting together must not run them at once.
 */
export async function migrateAndSeed(database: Database, options: { seedDemo: boolean }, log: (message: string) => void): Promise<void> {
  await migrateDatabase(database, {
    log,
    afterMigrate: async () => {
      await seedReferenceData(database.db);
      await seedPlans(database.db);
      if (options.seedDemo) {
        const { created } = await seedDemoData(database.db);
        if (created) log('demo users and tasks created');
      }
    },
  });
}

/**
 * Opens the configured database and brings it up to date: migrations, reference data, demo data.
 * With `migrateOnStart` off (a deploy that runs `npm run db:migrate` as its own step) it only checks
 * that the step has run, and refuses to serve an older schema.
 */
export async function prepareDatabase(config: Config, log: (message: string) => void, logger?: IncidentLogger): Promise<Database> {
  const database = await openDatabase(config.database, logger);
  try {
    if (config.migrateOnStart) {
      await migrateAndSeed(database, { seedDemo: config.seedDemo }, log);
    } else {
      const pending = await pendingMigrations(database);
      if (pending > 0) throw new DatabaseNotMigratedError(pending);
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The connections background jobs use. On PostgreSQL a small pool of their own (DB_JOBS_POOL_MAX), so
 * a fan-out to tens of thousands of providers queues for its own connections, never for the ones
 * requests need. PGlite is one in-process connection, shared; its owner closes it.
 */
export async function openJobsDatabase(config: Config, requests: Database, logger?: IncidentLogger): Promise<Database> {
  if (config.database.kind !== 'postgres') return { ...requests, close: async () => {} };
  return openDatabase({ kind: 'postgres', url: config.database.url, pool: config.database.jobsPool }, logger);
}
