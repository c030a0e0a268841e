import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { TestProject } from 'vitest/node';
import { type Product, freePort, startProduct } from './product.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Null when no browser exists here (never under CI, where that fails the run). */
    e2e: { baseUrl: string; chromePath: string; databaseUrl: string | null } | null;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** Builds the product once and runs it exactly as `npm start` does, on free ports and a fresh database. */
export default async function setup(project: TestProject) {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromePath)) {
    if (process.env.CI) throw new Error(`No Chromium at ${chromePath}: browser journeys cannot run, and under CI that fails the run.`);
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n  BROWSER JOURNEYS SKIPPED: no Chromium at ${chromePath}.\n  Install it (apt-get install chromium) or set CHROME_PATH.\n${line}\n`,
    );
    project.provide('e2e', null);
    return;
  }

  // One journey run per checkout at a time: a second `next build` into the same .next would pull the
  // files from under the first run's server. The second run waits its turn.
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const release = await lockfile.lock(root, {
    lockfilePath: path.join(root, 'test-results', '.e2e.lock'),
    realpath: false,
    stale: 30_000,
    retries: { retries: 900, minTimeout: 1000, maxTimeout: 1000, factor: 1 },
  });
  const ports = { port: await freePort(), apiPort: await freePort() };
  // Next bakes the /api rewrite target into the build: build for this run's API port.
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, API_PORT: String(ports.apiPort) },
  });
  if (built.status !== 0) throw new Error('npm run build failed');

  let product: Product;
  try {
    product = await startProduct({ name: 'e2e', ports });
  } catch (error) {
    await release();
    throw error;
  }
  const { baseUrl, databaseUrl } = product;
  project.provide('e2e', { baseUrl, chromePath, databaseUrl });

  return async () => {
    await product.stop();
    await release();
  };
}
