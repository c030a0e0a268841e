import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import type { IncidentLogger } from './platform/errors/incident-log.js';
import { seedReferenceData } from './modules/catalog/seed-reference-data.js';
import { seedDemoData } from './modules/demo/seed-demo.js';
import { seedPlans } from './modules/subscriptions/plans-service.js';

/** Opens the configured database and brings it up to date: migrations, reference data, demo data. */
export async function prepareDatabase(config: Config, log: (message: string) => void, logger?: IncidentLogger): Promise<Database> {
  const database = await openDatabase(config.database, logger);
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await seedPlans(database.db);
    if (config.seedDemo) {
      const { created } = await seedDemoData(database.db);
      if (created) log('demo users and tasks created');
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
