import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { AdminInputError, createOrPromoteAdmin } from '../modules/admin/create-admin-service.js';

const usage = 'usage: npm run admin:create -- --email <e> | --phone <p> --password <pw> [--name "Имя"]';

/**
 * `npm run admin:create -- --email a@b.tj --password …`: creates an admin, or promotes the account
 * holding that email/phone. Admins never come from sign-up. With the embedded database, stop the
 * running app first (PGlite allows one process).
 */
async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: 'string' }, phone: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.password || (!values.email && !values.phone)) {
    console.error(usage);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateDatabase(database);
    const result = await createOrPromoteAdmin(
      database.db,
      { email: values.email, phone: values.phone, password: values.password, name: values.name },
      new Date(),
    );
    console.log(JSON.stringify({ adminId: result.id, created: result.created }));
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof AdminInputError || error instanceof Error ? error.message : error);
  process.exit(1);
});
