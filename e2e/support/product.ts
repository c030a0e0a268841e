import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL's admin URL when one answers (TEST_DATABASE_URL, else the local cluster); null: PGlite. */
export async function postgresAdminUrl(): Promise<string | null> {
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

async function adminQuery(adminUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export interface Product {
  baseUrl: string;
  databaseUrl: string | null;
  stop(): Promise<void>;
}

/**
 * The built product run exactly as `npm start --no-build` runs it, on free ports, a fresh database (or
 * PGlite in a temp dir) and its own data dir; `env` adds settings (an acquirer, say). Ready once `/` answers.
 */
export async function startProduct(options: {
  name: string;
  env?: Record<string, string>;
  ports?: { port: number; apiPort: number };
}): Promise<Product> {
  const { port, apiPort } = options.ports ?? { port: await freePort(), apiPort: await freePort() };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `dastiyor-${options.name}-`));
  const adminUrl = await postgresAdminUrl();
  const dbName = `dastiyor_${options.name.replace(/\W/g, '_')}_${process.pid}`;
  let databaseUrl: string | null = null;
  if (adminUrl) {
    await adminQuery(adminUrl, `drop database if exists "${dbName}" with (force)`);
    await adminQuery(adminUrl, `create database "${dbName}"`);
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
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    if (adminUrl) await adminQuery(adminUrl, `drop database if exists "${dbName}" with (force)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the product (${options.name}) exited with ${child.exitCode} before it was ready`);
    }
    try {
      const res = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the product (${options.name}) did not start within 3 minutes`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { baseUrl, databaseUrl, stop };
}
