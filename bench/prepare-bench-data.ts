import pg from 'pg';
import type { BenchConfig } from './bench-config.js';
import { ensureBenchDatabase, openMigratedBenchDatabase } from './bench-database.js';
import { seedTasks, verifySearchText } from './task-seeder.js';

async function countTasks(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from tasks');
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Brings the bench database to `config.tasks` tasks: creates and migrates it with the API's own
 * migrator and reference seed, then seeds unless the tasks are already there. `reseed` starts over.
 */
export async function prepareBenchData(config: BenchConfig, options: { reseed: boolean; log: (line: string) => void }) {
  const { log } = options;
  const started = performance.now();
  const state = await ensureBenchDatabase(config.databaseUrl, { drop: options.reseed });
  log(`database ${state === 'created' ? 'created' : 'found'}: ${new URL(config.databaseUrl).pathname.slice(1)}`);

  const migrateStarted = performance.now();
  const database = await openMigratedBenchDatabase(config.databaseUrl, 2);
  await database.close();
  log(`migrations and reference data: ${seconds(performance.now() - migrateStarted)}`);

  const existing = await countTasks(config.databaseUrl);
  if (existing === config.tasks) {
    log(`${existing.toLocaleString('en')} tasks already seeded; nothing to do (--reseed starts over)`);
    return;
  }
  if (existing !== 0) {
    throw new Error(`The bench database holds ${existing} tasks, not ${config.tasks}; run the seed with --reseed to start over`);
  }

  log(`seeding ${config.tasks.toLocaleString('en')} tasks for ${config.customers.toLocaleString('en')} customers…`);
  const t = await seedTasks(config.databaseUrl, { tasks: config.tasks, customers: config.customers });
  log(`  customers            ${seconds(t.customersMs)}`);
  log(`  drop feed indexes    ${seconds(t.dropIndexesMs)}`);
  log(`  insert tasks         ${seconds(t.insertMs)}`);
  log(`  rebuild indexes      ${seconds(t.indexesMs)}`);
  log(`  vacuum + analyze     ${seconds(t.vacuumAnalyzeMs)}`);
  const mismatched = await verifySearchText(config.databaseUrl);
  if (mismatched > 0) throw new Error(`${mismatched} sampled tasks have a search_text the trigger would not have composed`);
  log(`search_text checked on a 1% sample; seeded in ${seconds(performance.now() - started)}`);
}
