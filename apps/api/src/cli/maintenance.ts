import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { createMaintenanceService } from '../modules/settings/maintenance.js';

/**
 * `npm run maintenance -- on [--message "…"]` | `off` | `status`. Works against the configured
 * database; with the embedded one, stop the running app first (PGlite allows one process).
 */
async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const messageIndex = rest.indexOf('--message');
  const message = messageIndex >= 0 ? (rest[messageIndex + 1] ?? null) : null;
  if (!command || !['on', 'off', 'status'].includes(command)) {
    console.error('usage: npm run maintenance -- on [--message "text"] | off | status');
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateDatabase(database);
    const maintenance = createMaintenanceService({ db: database.db, cacheMs: 0 });
    if (command !== 'status') await maintenance.set({ enabled: command === 'on', message: command === 'on' ? message : null });
    console.log(JSON.stringify(await maintenance.get()));
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
