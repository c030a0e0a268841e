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
 * pool) as a process of its own, on the bench database. `backgroundJobs: 'in-process'`: it also runs
 * every background worker, so feed requests and the fan-out share one process; `'worker'`: a worker
 * process (apps/api/src/worker.ts) runs them and live events go through Redis, as a production
 * deployment with BACKGROUND_JOBS=worker does.
 */
export async function startApiProcess(options: {
  databaseUrl: string;
  port: number;
  poolMax: number;
  jobsPoolMax: number;
  backgroundJobs: 'in-process' | 'worker';
  redisUrl: string;
}): Promise<ApiProcess> {
  const root = path.resolve(import.meta.dirname, '..');
  const publicUrl = 'http://localhost:3000';
  // BENCH_CPU_PROF=<dir>: the API writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const split = options.backgroundJobs === 'worker';
  const env = {
    ...process.env,
    APP_ENV: 'development',
    DATABASE_URL: options.databaseUrl,
    DB_POOL_MAX: String(options.poolMax),
    DB_JOBS_POOL_MAX: String(options.jobsPoolMax),
    API_PORT: String(options.port),
    PUBLIC_URL: publicUrl,
    REDIS_URL: split ? options.redisUrl : '',
    REDIS_PREFIX: `dastiyor:fanout-bench-${process.pid}:`,
    BACKGROUND_JOBS: options.backgroundJobs,
    RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
    SEED_DEMO: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(os.tmpdir(), 'dastiyor-fanout-bench-data'),
  };
  const logLines: string[] = [];
  // The worker at nice 10, as deploy/systemd/dastiyor-worker.service runs it beside the API.
  const start = (entry: string, nice = 0) => {
    const args = [...profile, '--import', 'tsx', entry];
    const [command, argv] = nice > 0 ? ['nice', ['-n', String(nice), process.execPath, ...args]] : [process.execPath, args];
    const child: ChildProcess = spawn(command, argv, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout!, child.stderr!])
      stream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
    return child;
  };
  const child = start('apps/api/src/server.ts');
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
  // After the API is healthy: it has migrated, so the worker only checks the schema.
  const worker = split ? start('apps/api/src/worker.ts', 10) : null;
  const stop = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });
  return {
    url,
    publicUrl,
    logLines,
    stop: async () => {
      await Promise.all([stop(child), ...(worker ? [stop(worker)] : [])]);
    },
  };
}
