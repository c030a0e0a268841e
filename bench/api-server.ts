import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '@dastiyor/api/src/app.js';
import { loadConfig } from '@dastiyor/api/src/config.js';
import { openDatabase } from '@dastiyor/api/src/db/client.js';
import { createPlatform } from '@dastiyor/api/src/platform/platform.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real API (every plugin and hook: helmet, rate limit, maintenance gate, sessions, zod
 * validation and serialisation) over the bench database, on a free loopback port. The rate limit is
 * registered as in production but set far above what a run can send, so it never answers 429.
 */
export async function startApiServer(databaseUrl: string, poolMax: number): Promise<RunningServer> {
  const config = loadConfig({
    APP_ENV: 'development',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
    DATA_DIR: path.join(os.tmpdir(), 'dastiyor-bench-data'),
    SEED_DEMO: '0',
  });
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolMax });
  const platform = createPlatform(config, database);
  const app = await buildApp({ config, database, platform });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await platform.bus.close();
      await database.close();
    },
  };
}
