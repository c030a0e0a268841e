import autocannon from 'autocannon';
import type { CpuShare } from './cpu-watch.js';

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Sent with every request (a session cookie). */
  headers?: Record<string, string>;
}

export interface LoadFigures {
  /** 2xx answers per second over the measured run. */
  requestsPerSecond: number;
  /** autocannon's latency percentiles, in ms (its histogram has a resolution of 1 ms). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
  /** Answers other than 2xx (their latencies are left out of the percentiles). */
  non2xx: number;
  /** Connection errors and timeouts (60 s). */
  errors: number;
  /** CPU taken during the measured run, by the bench and by other work on the machine. */
  cpu: CpuShare | null;
}

/**
 * Loads one URL: a warm-up run whose figures are thrown away, then the measured run. autocannon
 * runs in a worker thread so its own event loop never shares a thread with the server under test.
 */
export async function loadUrl(
  url: string,
  options: LoadOptions,
  watchCpu: () => Promise<{ stop(): Promise<CpuShare | null> }>,
): Promise<LoadFigures> {
  // A generous timeout: a slow shape should show its real latency, not a count of timeouts.
  const base = { url, connections: options.connections, workers: 1, timeout: 60, excludeErrorStats: true, headers: options.headers };
  await autocannon({ ...base, duration: options.warmupSeconds });
  const watch = await watchCpu();
  const result = await autocannon({ ...base, duration: options.durationSeconds });
  const cpu = await watch.stop();
  return {
    // Successful answers only: a server that sheds load with fast errors must not look faster for it.
    requestsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpu,
  };
}
