import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import type { Database } from '../src/db/client.js';
import type { Presence } from '../src/modules/conversations/presence.js';
import { createMaintenanceService } from '../src/modules/settings/maintenance.js';
import { createPlatform, type Platform } from '../src/platform/platform.js';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  platform: Platform;
}

/** The real app over a test database; no listening socket, driven with `app.inject()`. */
export async function buildTestApp(
  database: Database,
  env: Record<string, string> = {},
  /** Adds routes of a test's own before the app is sealed. */
  extend?: (app: FastifyInstance) => void,
  clock?: () => Date,
  presence?: Presence,
): Promise<TestApp> {
  const config = loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/dastiyor-test-data', ...env });
  const platform = createPlatform(config, database);
  const app = await buildApp({
    config,
    database,
    platform,
    maintenance: createMaintenanceService({ db: database.db, cacheMs: 0 }),
    clock,
    presence,
  });
  extend?.(app);
  await app.ready();
  return { app, config, platform };
}
