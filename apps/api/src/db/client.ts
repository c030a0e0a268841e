import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { createIncident, type Incident, type IncidentLogger } from '../platform/errors/incident-log.js';
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
  /** Outage bookkeeping: request errors report here, so an outage logs one line, not one per request. */
  incident: Incident;
  /** Connections open, idle and requests waiting for one; null for PGlite (one in-process connection). */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

/** How many connections one process holds and how long a request may queue for one. */
export interface PoolSettings {
  max: number;
  /** Waiting for a free connection (or a new one) longer than this answers 503. */
  waitMs: number;
  /** Requests already queued beyond this are refused at once: a saturated pool answers fast. */
  maxWaiting: number;
  /** A statement running longer than this is cancelled by the server. */
  statementTimeoutMs: number;
  /**
   * PostgreSQL's max_parallel_workers_per_gather for this pool's sessions; unset keeps the server's. 0 for
   * background jobs: a fan-out's batch query on every core would leave none for the requests' queries.
   */
  parallelWorkers?: number;
}

export const defaultPoolSettings: PoolSettings = { max: 20, waitMs: 5000, maxWaiting: 2000, statementTimeoutMs: 15_000 };

export type DatabaseOptions =
  { kind: 'postgres'; url: string; poolMax?: number; pool?: Partial<PoolSettings> } | { kind: 'pglite'; dir: string | null };

/** Thrown before a request joins an already overlong queue for a connection; answered as 503. */
export class PoolSaturatedError extends Error {
  readonly code = 'POOL_SATURATED';
  constructor(waiting: number) {
    super(`database pool saturated: ${waiting} requests already waiting`);
    this.name = 'PoolSaturatedError';
  }
}

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

export async function openDatabase(options: DatabaseOptions, log: IncidentLogger = silentLogger): Promise<Database> {
  if (options.kind === 'pglite') return openPglite(options.dir);
  const settings = { ...defaultPoolSettings, ...(options.poolMax ? { max: options.poolMax } : {}), ...options.pool };
  return openPostgres(options.url, settings, log);
}

const silentLogger: IncidentLogger = { warn: () => {}, info: () => {} };

/** A pg pool that refuses to queue a request behind `maxWaiting` others (pg-pool's own queue is unbounded). */
class BoundedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly maxWaiting: number,
  ) {
    super(config);
  }
  // pg-pool's query() goes through connect(callback), so this one override bounds both paths.
  override connect(...args: unknown[]): never {
    if (this.waitingCount >= this.maxWaiting && this.idleCount === 0) {
      const error = new PoolSaturatedError(this.waitingCount);
      const callback = args[0];
      if (typeof callback === 'function') {
        process.nextTick(() => (callback as (e: Error) => void)(error));
        return undefined as never;
      }
      return Promise.reject(error) as never;
    }
    // Overloaded in the typings (promise or callback); the arguments pass through unchanged.
    return (super.connect as (...a: unknown[]) => never)(...args);
  }
}

function openPostgres(url: string, settings: PoolSettings, log: IncidentLogger): Database {
  const pool = new BoundedPool(
    {
      connectionString: url,
      max: settings.max,
      // Both the wait for a free connection and the connect itself; a refused connection fails at once.
      connectionTimeoutMillis: settings.waitMs,
      query_timeout: settings.statementTimeoutMs,
      statement_timeout: settings.statementTimeoutMs,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      options:
        settings.parallelWorkers === undefined
          ? startupOptions
          : `${startupOptions} -c max_parallel_workers_per_gather=${settings.parallelWorkers}`,
    },
    settings.maxWaiting,
  );
  const incident = createIncident(log, 'database');
  // An idle client losing its connection: the pool drops it and the next request opens a new one.
  pool.on('error', (error) => incident.failed(error));
  pool.on('connect', (client) => {
    incident.recovered();
    // A client checked out (inside a transaction, say) has no pool listener: when the server ends
    // its session (57P01, a restart) the client emits 'error', which would otherwise kill the process.
    // Its pending query fails on its own and the pool discards the broken client on release.
    client.on('error', (error) => incident.failed(error));
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  db.transaction = transactionsOwningTheirClient(pool);
  return {
    kind: 'postgres',
    url,
    db,
    incident,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    executeSql: async (text, values) => pool.query(text, values as unknown[]),
    async ping(timeoutMs = 2000) {
      try {
        await withTimeout(pool.query('select 1'), timeoutMs);
      } catch (error) {
        incident.failed(error);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

/**
 * drizzle-orm 0.45's pool transaction sends BEGIN before its try/finally, so a connection that dies
 * between checkout and BEGIN (a database restart) is never released: each outage leaked a pool slot
 * until the pool was gone (and pool.end() hung). Here the checkout and release are ours and drizzle
 * runs the transaction on that one client. One drizzle instance per connection, made once.
 */
function transactionsOwningTheirClient(pool: pg.Pool): Db['transaction'] {
  const perClient = new WeakMap<pg.PoolClient, Db>();
  return async (run, config) => {
    const client = await pool.connect();
    try {
      let clientDb = perClient.get(client);
      if (!clientDb) {
        clientDb = drizzlePg(client, { schema }) as unknown as Db;
        perClient.set(client, clientDb);
      }
      return await clientDb.transaction(run, config);
    } finally {
      // pg-pool discards a client whose connection broke (it is no longer queryable).
      client.release();
    }
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
    incident: createIncident(silentLogger, 'database'),
    poolStats: () => null,
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

type Loaded<T extends readonly (() => unknown)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads side by side on the pool, or one after another in a transaction: a
 * transaction is one connection, which runs one query at a time (pg deprecates queueing on it).
 */
export async function loadAll<T extends readonly (() => unknown)[]>(db: DbOrTx, loads: T): Promise<Loaded<T>> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(loads.map((load) => load()))) as Loaded<T>;
  const results: unknown[] = [];
  for (const load of loads) results.push(await load());
  return results as Loaded<T>;
}
