import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/modules/catalog/seed-reference-data.js';
import { seedPlans } from '../src/modules/subscriptions/plans-service.js';

export type TestDatabaseTarget = { kind: 'postgres'; adminUrl: string; template: string } | { kind: 'pglite' };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabase {
  database: Database;
  url: string | null;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: on PostgreSQL a copy of the migrated, seeded template
 * (fast, isolated, parallel-safe); without PostgreSQL an in-memory PGlite migrated from scratch.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dir: null });
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    await seedPlans(database.db);
    return { database, url: null, drop: () => database.close() };
  }
  const name = `${target.template.replace(/_tpl$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${target.template}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(target.adminUrl, name);
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 5 });
  return {
    database,
    url,
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: target.adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
