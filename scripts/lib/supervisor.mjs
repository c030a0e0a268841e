// Keeps one child process running for `npm start`: restarts it when it exits unexpectedly, with
// exponential backoff, and gives up on an exit code that says restarting cannot help.
import { clearTimeout, setTimeout } from 'node:timers';

/** EX_CONFIG (sysexits.h): the API exits with it on a configuration or data-directory error. */
export const exitConfigError = 78;

/** 1 s doubling to 30 s; a process that ran for a minute counts as stable and starts again at 1 s. */
export const defaultBackoff = { initialMs: 1000, maxMs: 30_000, stableMs: 60_000 };

const describeExit = (code, signal) => (signal ? `signal ${signal}` : `code ${code}`);
const duration = (ms) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/**
 * Runs `start()` (which spawns and returns a ChildProcess) and restarts it whenever it exits, until
 * `stop()` is called or its first start exits with one of `fatalCodes`; then `onGiveUp(code)` is
 * called once.
 *
 * @param {object} options
 * @param {string} options.name how log lines name the process ("API", "web")
 * @param {() => import('node:child_process').ChildProcess} options.start
 * @param {(line: string) => void} [options.log]
 * @param {{ initialMs: number, maxMs: number, stableMs: number }} [options.backoff]
 * @param {number[]} [options.fatalCodes]
 * @param {(code: number) => void} [options.onGiveUp]
 * @param {(child: import('node:child_process').ChildProcess) => void} [options.onStart] after every (re)start
 * @param {(delayMs: number) => void} [options.onRestartScheduled]
 */
export function supervise(options) {
  const { name, start, log = console.error, backoff = defaultBackoff, fatalCodes = [exitConfigError] } = options;
  let child = null;
  let startedAt = 0;
  let delay = backoff.initialMs;
  let timer = null;
  let stopping = false;
  let gaveUp = false;
  let launches = 0;

  function launch() {
    timer = null;
    launches += 1;
    startedAt = Date.now();
    const current = start();
    child = current;
    let exited = false;
    const onEnd = (code, signal) => {
      if (exited) return;
      exited = true;
      if (child === current) child = null;
      if (!stopping) handleUnexpectedExit(code, signal);
    };
    // A spawn failure (ENOENT, EACCES) emits 'error' and may never emit 'exit'.
    current.on('error', (error) => {
      log(`[dastiyor] could not run the ${name}: ${error.message}`);
      onEnd(null, null);
    });
    current.on('exit', onEnd);
    options.onStart?.(current);
  }

  function handleUnexpectedExit(code, signal) {
    // Only at the first start: the settings do not change between restarts, so a configuration error
    // shows there. Later the same code most likely means the embedded database's lock, left behind by
    // the process that just died (a SIGKILL skips its cleanup; the lock goes stale after 15 s), so
    // restarting with backoff is right.
    if (code !== null && fatalCodes.includes(code) && launches === 1) {
      gaveUp = true;
      log(`[dastiyor] the ${name} exited with ${describeExit(code, signal)} (configuration error): not restarting it`);
      options.onGiveUp?.(code);
      return;
    }
    if (Date.now() - startedAt >= backoff.stableMs) delay = backoff.initialMs;
    const wait = delay;
    delay = Math.min(delay * 2, backoff.maxMs);
    log(`[dastiyor] the ${name} exited unexpectedly with ${describeExit(code, signal)}; restarting it in ${duration(wait)}`);
    options.onRestartScheduled?.(wait);
    timer = setTimeout(launch, wait);
  }

  launch();

  return {
    /** The running child, or null while waiting to restart (or after giving up). */
    get child() {
      return child;
    },
    get gaveUp() {
      return gaveUp;
    },
    /**
     * The launcher is shutting down: an exit from now on is expected (the whole process group may
     * have received the signal at once) and is not restarted. Sends nothing.
     */
    expectExit() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    /** Stops supervising: cancels a pending restart, sends `signal`, SIGKILL after `graceMs`. */
    stop(signal = 'SIGTERM', graceMs = 10_000) {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const kill = setTimeout(() => current.kill('SIGKILL'), graceMs);
        kill.unref();
        current.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        current.kill(signal);
      });
    },
  };
}
