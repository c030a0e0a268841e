import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { createMaintenanceService } from '../modules/settings/maintenance.js';

const usage = 'usage: npm run maintenance -- on [--message "по-русски" --message-tg "бо тоҷикӣ"] | off | status';

/**
 * `npm run maintenance -- on [--message "…" --message-tg "…"]` | `off` | `status`. The notice goes in both
 * languages or not at all (a Tajik page must not show a Russian one). Works against the configured database;
 * with the embedded one, stop the running app first (PGlite allows one process).
 */
async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const option = (name: string) => {
    const index = rest.indexOf(name);
    return index >= 0 ? (rest[index + 1]?.trim() ?? '') : '';
  };
  const ru = option('--message');
  const tg = option('--message-tg');
  if (!command || !['on', 'off', 'status'].includes(command) || (ru === '') !== (tg === '')) {
    console.error(usage);
    process.exit(2);
  }
  const message = ru === '' ? null : { ru, tg };
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
