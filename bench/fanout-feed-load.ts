import autocannon from 'autocannon';

export interface FeedSample {
  /** Epoch ms the answer completed. */
  at: number;
  ms: number;
  status: number;
}

export interface FeedWindow {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
}

/**
 * A steady feed load (a fixed rate over a few connections, so it measures latency, not how much the
 * server can take) that records every answer with its time; figures are then cut per window: idle,
 * during a fan-out, during the day's pace. Runs until stopped.
 */
export function startFeedLoad(url: string, options: { rate: number; connections: number }) {
  const samples: FeedSample[] = [];
  let errors = 0;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  // With a callback autocannon answers its instance (events, stop) rather than a promise of the result.
  const instance = autocannon({ url, connections: options.connections, overallRate: options.rate, duration: 24 * 3600, timeout: 60 }, () =>
    finished(),
  );
  instance.on('response', (_client, status, _bytes, ms) => samples.push({ at: Date.now(), ms, status }));
  instance.on('reqError', () => (errors += 1));
  return {
    samples,
    errors: () => errors,
    async stop() {
      instance.stop();
      await done;
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** The answers that completed within any of the [from, to) ranges; latencies of 2xx answers only, the rest counted. */
export function feedWindow(samples: FeedSample[], ranges: Array<{ from: number; to: number }>): FeedWindow {
  const inside = samples.filter((s) => ranges.some((r) => s.at >= r.from && s.at < r.to));
  const ok = inside
    .filter((s) => s.status >= 200 && s.status < 300)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return {
    requests: inside.length,
    p50: percentile(ok, 0.5),
    p99: percentile(ok, 0.99),
    max: ok.at(-1) ?? NaN,
    non2xx: inside.length - ok.length,
  };
}
