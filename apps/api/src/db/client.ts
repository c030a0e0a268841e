import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** Either driver behind one type: services never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself; repositories accept both. */
export type DbOrTx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** Raw SQL access in the shape pg-boss's `db.executeSql` expects. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface Database {
  kind: 'postgres' | 'pglite';
  /** PostgreSQL only: migrations open their own connection, free of the pool's query timeout. */
  url?: string;
  db: Db;
  executeSql: ExecuteSql;
  /** Throws when the database does not answer within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions = { kind: 'postgres'; url: string; poolMax?: number } | { kind: 'pglite'; dir: string | null };

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `Another Dastiyor process is already using the embedded database in ${dir}. ` +
        'Stop it first (or set DATA_DIR to another folder); the data was not touched.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Per-connection settings. One typo in a short word ("репититор") scores about 0.54 in pg_trgm's
 * word similarity; its default threshold of 0.6 would miss it.
 */
const sessionSettings = `SET pg_trgm.word_similarity_threshold = 0.5`;
/** The same, as a connection startup option: set before the first query, so nothing races it. */
const startupOptions = '-c pg_trgm.word_similarity_threshold=0.5';

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.poolMax) : openPglite(options.dir);
}

function openPostgres(url: string, poolMax = 10): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    // Fail fast when the database is down instead of letting requests hang.
    connectionTimeoutMillis: 3000,
    query_timeout: 15_000,
    idleTimeoutMillis: 30_000,
    options: startupOptions,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    url,
    db,
    executeSql: async (text, values) => pool.query(text, values as unknown[]),
    async ping(timeoutMs = 2000) {
      await withTimeout(pool.query('select 1'), timeoutMs);
    },
    close: () => pool.end(),
  };
}

async function openPglite(dir: string | null): Promise<Database> {
  let release: (() => Promise<void>) | null = null;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    try {
      release = await lockfile.lock(dir, { stale: 15_000, update: 5_000, realpath: false });
    } catch (error) {
      if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir);
      throw error;
    }
  }
  const client = new PGlite(dir ?? undefined, { extensions: { pg_trgm } });
  await client.waitReady;
  await client.exec(sessionSettings);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    // PGlite's `query` takes one statement with parameters; pg-boss also sends parameterless scripts.
    executeSql: async (text, values) => {
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return client.query(text, values);
    },
    async ping(timeoutMs = 2000) {
      await withTimeout(db.execute(sql`select 1`), timeoutMs);
    },
    async close() {
      await client.close();
      await release?.();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
