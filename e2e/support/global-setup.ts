import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Null when no browser exists here (never under CI, where that fails the run). */
    e2e: { baseUrl: string; chromePath: string; databaseUrl: string | null } | null;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function postgresAdminUrl(): Promise<string | null> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres', connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return 'postgres://postgres@127.0.0.1:5432/postgres';
  } catch {
    return null;
  }
}

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
  const [port, apiPort] = [await freePort(), await freePort()];
  // Next bakes the /api rewrite target into the build: build for this run's API port.
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, API_PORT: String(apiPort) } });
  if (built.status !== 0) throw new Error('npm run build failed');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dastiyor-e2e-'));
  const adminUrl = await postgresAdminUrl();
  let databaseUrl: string | null = null;
  const dbName = `dastiyor_e2e_${process.pid}`;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${dbName}" with (force)`);
    await admin.query(`create database "${dbName}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }

  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
    cwd: root,
    env: {
      ...process.env,
      APP_ENV: 'development',
      PORT: String(port),
      API_PORT: String(apiPort),
      DATA_DIR: dataDir,
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      // Journeys connect from loopback, where a front proxy would stand: they may name a visitor's address.
      TRUST_PROXY: 'loopback',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the product did not start within 3 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide('e2e', { baseUrl, chromePath, databaseUrl });

  return async () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    if (adminUrl) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${dbName}" with (force)`);
      await admin.end();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    await release();
  };
}
