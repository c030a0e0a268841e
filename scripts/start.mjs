// `npm start`: builds, then runs the API and the web app as one product on one public origin
// (the web app proxies /api/* to the API through its own route, the WebSocket through a rewrite).
// Flags: --no-build to run what is already built.
// A process that exits unexpectedly is restarted with backoff (scripts/lib/supervisor.mjs); one that
// exits with the configuration-error code is not, and the launcher stops with its message.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';
import { supervise } from './lib/supervisor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
if (fs.existsSync('.env')) process.loadEnvFile('.env');

const port = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.API_PORT ?? 3001);
// Not 127.0.0.1: next start -H 127.0.0.1 turns next-intl's rewrites into absolute localhost URLs and
// redirects / to itself forever (seen with Next 16.4). 0.0.0.0 or localhost work.
const host = process.env.HOST ?? '0.0.0.0';
const build = !process.argv.includes('--no-build');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The embedded database allows one process: say so before building over a running instance.
if (!process.env.DATABASE_URL) {
  const dir = path.resolve(process.env.DATA_DIR ?? 'data', 'pglite');
  if (fs.existsSync(dir) && (await lockfile.check(dir, { stale: 15_000, realpath: false }))) {
    console.error(
      `\n[dastiyor] Dastiyor is already running on the embedded database in ${dir}.\n[dastiyor] Stop it first (Ctrl+C in its terminal); nothing was changed.\n`,
    );
    process.exit(1);
  }
}

const supervised = [];
let buildStep = null;
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  buildStep?.kill('SIGTERM');
  // Every child may already have the signal (Ctrl+C and `kill -- -pgid` reach the whole group):
  // none of their exits is a crash to restart from now on.
  for (const s of supervised) s.expectExit();
  // The web first: it proxies to the API, which drains its requests and jobs on SIGTERM.
  for (const s of [...supervised].reverse()) await s.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

if (build) {
  // Next bakes the /api rewrite target into the build, so the build must know the API's port.
  const env = { ...process.env, API_PORT: String(apiPort) };
  buildStep = spawn('npm', ['run', 'build'], { stdio: 'inherit', env });
  const code = await new Promise((resolve) => buildStep.on('exit', resolve));
  buildStep = null;
  if (code !== 0) process.exit(code ?? 1);
}

const api = supervise({
  name: 'API',
  start: () =>
    spawn(process.execPath, ['--enable-source-maps', 'apps/api/dist/server.js'], {
      stdio: 'inherit',
      env: { ...process.env, API_PORT: String(apiPort), PORT: String(port) },
    }),
  onGiveUp: (code) => void stopAll(code),
});
supervised.push(api);

// Start the web app only once the API answers, so the first page a user opens works. A crash on the
// way is restarted by the supervisor; only the deadline or a configuration error ends the wait.
const deadline = Date.now() + 120_000;
for (;;) {
  try {
    const res = await fetch(`http://127.0.0.1:${apiPort}/api/v1/health`, { signal: AbortSignal.timeout(1000) });
    if (res.status === 200 || res.status === 503) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error('[dastiyor] the API did not start within 2 minutes');
    await stopAll(1);
  }
  await sleep(300);
}

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const web = supervise({
  name: 'web app',
  start: () =>
    // Idle connections stay open longer than a proxy's or client's own idle timeout (nginx 60 s):
    // with Node's 5 s a client reusing a socket the server was just closing got "other side closed".
    spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', host, '--keepAliveTimeout', '65000'], {
      stdio: 'inherit',
      cwd: path.join(root, 'apps', 'web'),
      env: { ...process.env, API_INTERNAL_URL: `http://127.0.0.1:${apiPort}`, NODE_ENV: 'production' },
    }),
  onGiveUp: (code) => void stopAll(code),
});
supervised.push(web);

for (;;) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5000) });
    if (res.status < 500 || res.status === 503) break;
  } catch {
    // not listening yet
  }
  await sleep(300);
}
console.log(`\n  Dastiyor is running at http://localhost:${port}\n  API docs: http://localhost:${port}/api/docs\n`);
