import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { supervise } from './supervisor.mjs';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'scripted-child.mjs');
const backoff = { initialMs: 40, maxMs: 200, stableMs: 1500 };
const running = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop('SIGKILL')));
});

/** Supervises the scripted child; records its log lines, starts and scheduled delays. */
function superviseScript(steps) {
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dastiyor-supervisor-')), 'runs');
  const seen = { lines: [], starts: 0, delays: [], gaveUp: null };
  const supervisor = supervise({
    name: 'API',
    start: () => spawn(process.execPath, [fixture, stateFile, ...steps], { stdio: 'ignore' }),
    log: (line) => seen.lines.push(line),
    backoff,
    onStart: () => (seen.starts += 1),
    onRestartScheduled: (ms) => seen.delays.push(ms),
    onGiveUp: (code) => (seen.gaveUp = code),
  });
  running.push(supervisor);
  return { supervisor, seen };
}

describe('the launcher supervisor', () => {
  it('should restart a crashing process with doubling delays up to the ceiling, and say so each time', async () => {
    const { seen } = superviseScript(['1']);
    await expect.poll(() => seen.starts, { timeout: 5000 }).toBeGreaterThanOrEqual(5);
    expect(seen.delays.slice(0, 4)).toEqual([40, 80, 160, 200]);
    expect(seen.lines.slice(0, 2)).toEqual([
      '[dastiyor] the API exited unexpectedly with code 1; restarting it in 40 ms',
      '[dastiyor] the API exited unexpectedly with code 1; restarting it in 80 ms',
    ]);
    expect(seen.gaveUp).toBeNull();
  });

  it('should start the delay over after the process ran stably', async () => {
    // Two quick crashes, then a run longer than stableMs, then a crash: the delay is back to the first.
    const { seen } = superviseScript(['1', '1', '1@1800', '1']);
    await expect.poll(() => seen.delays.length, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
    expect(seen.delays.slice(0, 4)).toEqual([40, 80, 40, 80]);
  });

  it('should not restart a process whose first start fails with the configuration-error code', async () => {
    const { supervisor, seen } = superviseScript(['78']);
    await expect.poll(() => seen.gaveUp, { timeout: 5000 }).toBe(78);
    expect(supervisor.gaveUp).toBe(true);
    expect(seen.starts).toBe(1);
    expect(seen.delays).toEqual([]);
    expect(seen.lines).toEqual(['[dastiyor] the API exited with code 78 (configuration error): not restarting it']);
  });

  it('should keep restarting when the configuration-error code comes only after a crash (a stale data-dir lock)', async () => {
    const { seen } = superviseScript(['1', '78', '78', 'run']);
    await expect.poll(() => seen.starts, { timeout: 5000 }).toBe(4);
    expect(seen.gaveUp).toBeNull();
    expect(seen.delays).toEqual([40, 80, 160]);
  });

  it('should report a signal as the cause of the exit', async () => {
    const { supervisor, seen } = superviseScript(['run']);
    await expect.poll(() => supervisor.child?.pid, { timeout: 5000 }).toBeDefined();
    supervisor.child.kill('SIGKILL');
    await expect.poll(() => seen.starts, { timeout: 5000 }).toBe(2);
    expect(seen.lines[0]).toMatch(/^\[dastiyor\] the API exited unexpectedly with signal SIGKILL; restarting it in/);
  });

  it('should stop the process without restarting it or logging a crash', async () => {
    const { supervisor, seen } = superviseScript(['run']);
    await expect.poll(() => supervisor.child?.pid, { timeout: 5000 }).toBeDefined();
    const child = supervisor.child;
    await supervisor.stop();
    expect(child.signalCode).toBe('SIGTERM');
    expect(supervisor.child).toBeNull();
    expect(seen.lines).toEqual([]);
    expect(seen.starts).toBe(1);
  });

  it('should not restart a process that exits by itself once the launcher is shutting down', async () => {
    const { supervisor, seen } = superviseScript(['run']);
    await expect.poll(() => supervisor.child?.pid, { timeout: 5000 }).toBeDefined();
    const child = supervisor.child;
    supervisor.expectExit();
    // The group's SIGTERM reached the child directly, before the launcher asked it to stop.
    child.kill('SIGTERM');
    await expect.poll(() => child.signalCode, { timeout: 5000 }).toBe('SIGTERM');
    await supervisor.stop();
    expect(seen.lines).toEqual([]);
    expect(seen.delays).toEqual([]);
    expect(seen.starts).toBe(1);
  });

  it('should cancel a restart that is waiting for its delay when stopped', async () => {
    const { supervisor, seen } = superviseScript(['1']);
    await expect.poll(() => seen.delays.length, { timeout: 5000 }).toBe(1);
    await supervisor.stop();
    const starts = seen.starts;
    // Wait on a real event: a second supervisor over the same kind of child started and crashed,
    // which takes longer than the first delay (40 ms) would have.
    const probe = superviseScript(['1']);
    await expect.poll(() => probe.seen.delays.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(seen.starts).toBe(starts);
  });
});
