import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../src/config.js';
import type { Database, Db } from '../src/db/client.js';
import type { Presence } from '../src/modules/conversations/presence.js';
import type { Platform } from '../src/platform/platform.js';
import { buildTestApp, type TestApp } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface UseTestAppOptions {
  /** Config overrides; a function when they are known only once the file's earlier beforeAll ran (a port, a temp dir). */
  env?: Record<string, string> | (() => Record<string, string>);
  /** Adds routes of a test's own before the app is sealed. */
  extend?: (app: FastifyInstance) => void;
  clock?: () => Date;
  /** Who has a socket open, to wait on; the app makes its own otherwise. */
  presence?: Presence;
}

/** The file's app and database; every property throws until the helper's beforeAll has run. */
export interface TestAppHandle {
  readonly app: FastifyInstance;
  readonly config: Config;
  readonly platform: Platform;
  readonly testDb: TestDatabase;
  readonly database: Database;
  readonly db: Db;
}

/**
 * The preamble every API test file repeated: a database of its own and the app over it, built in a
 * beforeAll and closed in an afterAll this registers, so a test file states only what is particular to it.
 *
 * Hooks run in the order they are registered and afterAll ones in reverse (vitest's `sequence.hooks: 'stack'`):
 * a beforeAll written after this call sees the app; an afterAll written after it runs before the app closes,
 * one written before it runs after the database is dropped.
 */
export function useTestApp(options: UseTestAppOptions = {}): TestAppHandle {
  let testDb: TestDatabase | undefined;
  let built: TestApp | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const env = typeof options.env === 'function' ? options.env() : options.env;
    built = await buildTestApp(testDb.database, env, options.extend, options.clock, options.presence);
  });
  afterAll(async () => {
    // As the server shuts down: the app, then the bus (which closes Redis, if any), then the database.
    await built?.app.close();
    await built?.platform.bus.close();
    await testDb?.drop();
  });
  const ready = (): { testDb: TestDatabase; built: TestApp } => {
    if (!testDb || !built)
      throw new Error('useTestApp: the app is built in beforeAll; read it inside a test or a hook, not while the file loads');
    return { testDb, built };
  };
  return {
    get app() {
      return ready().built.app;
    },
    get config() {
      return ready().built.config;
    },
    get platform() {
      return ready().built.platform;
    },
    get testDb() {
      return ready().testDb;
    },
    get database() {
      return ready().testDb.database;
    },
    get db() {
      return ready().testDb.database.db;
    },
  };
}
