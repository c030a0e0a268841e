import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export interface ApiProcess {
  url: string;
  /** The origin the API believes it is served at: mutating requests must carry it (origin check). */
  publicUrl: string;
  /** Log lines at warn and above, as the process wrote them (pino JSON). */
  logLines: string[];
  stop(): Promise<void>;
}

/**
 * The API exactly as production starts it (apps/api/src/server.ts: the requests' pool, the jobs' own
 * pool, every background worker) as a process of its own, on the bench database. Feed requests and
 * the fan-out share that one process, as they would on one instance.
 */
export async function startApiProcess(options: {
  databaseUrl: string;
  port: number;
  poolMax: number;
  jobsPoolMax: number;
}): Promise<ApiProcess> {
  const root = path.resolve(import.meta.dirname, '..');
  const publicUrl = 'http://localhost:3000';
  // BENCH_CPU_PROF=<dir>: the API writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      APP_ENV: 'development',
      DATABASE_URL: options.databaseUrl,
      DB_POOL_MAX: String(options.poolMax),
      DB_JOBS_POOL_MAX: String(options.jobsPoolMax),
      API_PORT: String(options.port),
      PUBLIC_URL: publicUrl,
      REDIS_URL: '',
      RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: path.join(os.tmpdir(), 'dastiyor-fanout-bench-data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited at start:\n${logLines.slice(-20).join('\n')}`);
    const ok = await fetch(`${url}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the API did not become healthy within 2 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    publicUrl,
    logLines,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
