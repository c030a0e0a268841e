import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from './free-port.js';

/**
 * Whether tests can start Redis processes of their own. Under CI a missing binary is an error
 * (`.ci/run` installs it), elsewhere those tests are skipped with a loud notice.
 */
export const redisServerInstalled = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!redisServerInstalled) {
  const notice = '[tests] redis-server is not installed: the Redis outage and prefix tests do not run here.';
  if (process.env.CI) throw new Error(`${notice} CI must install it (.ci/run does).`);
  console.warn(`\n${'!'.repeat(notice.length)}\n${notice}\n${'!'.repeat(notice.length)}\n`);
}

/** A private redis-server on a free loopback port, which a test may kill and start again on that port. */
export interface RedisServer {
  port: number;
  url: string;
  /** Kills the process (SIGKILL: a crash, no goodbye to clients) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty, and waits until it answers. */
  start(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) throw new Error('redis-server is already running');
      const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = started;
      running.add(started);
      started.once('exit', () => running.delete(started));
      await untilReady(started);
    },
    async kill() {
      const stopping = child;
      if (!stopping) return;
      child = null;
      if (stopping.exitCode === null && stopping.signalCode === null) {
        const exited = once(stopping, 'exit');
        stopping.kill('SIGKILL');
        await exited;
      }
    },
  };
  await server.start();
  return server;
}

/** Resolves on redis-server's "Ready to accept connections", rejects if it exits first or takes over 10 s. */
function untilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`redis-server did not start:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) finish();
    };
    const onExit = (code: number | null) => fail(new Error(`redis-server exited with ${code}:\n${output}`));
    const cleanUp = () => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      // Keep draining its output so a full pipe never blocks it.
      child.stdout!.resume();
    };
    const finish = () => (cleanUp(), resolve());
    const fail = (error: Error) => (cleanUp(), reject(error));
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}
