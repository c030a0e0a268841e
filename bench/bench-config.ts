/** Settings shared by the bench scripts, from the environment; every default is the figure. */
export interface BenchConfig {
  /** The dedicated database the bench seeds and loads; never the app's own. */
  databaseUrl: string;
  /** How many tasks the seed writes. */
  tasks: number;
  /** Customers the tasks are spread over. */
  customers: number;
  /** autocannon connections per run. */
  connections: number;
  /** Seconds of warm-up (discarded) and of measurement, per server and shape. */
  warmupSeconds: number;
  durationSeconds: number;
  /** Pool size of both servers, so neither gets more database connections than the other. */
  poolMax: number;
  /**
   * `prepared` (the baseline): one named statement per filter set, planned once and reused
   * as PostgreSQL decides. `unnamed`: the same SQL sent unnamed, parsed and planned on every request
   * exactly as the API's drizzle queries are; comparing the two runs separates planning from framework.
   */
  baselineStatements: 'prepared' | 'unnamed';
}

/** A positive whole number from the environment, or `fallback` when unset. */
export const positiveInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
};

function statements(raw: string | undefined): BenchConfig['baselineStatements'] {
  if (raw === undefined || raw === '' || raw === 'prepared') return 'prepared';
  if (raw === 'unnamed') return raw;
  throw new Error(`BENCH_BASELINE_STATEMENTS must be prepared or unnamed, got "${raw}"`);
}

export function loadBenchConfig(): BenchConfig {
  return {
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dastiyor_bench',
    tasks: positiveInt('BENCH_TASKS', 1_000_000),
    customers: positiveInt('BENCH_CUSTOMERS', 5_000),
    connections: positiveInt('BENCH_CONNECTIONS', 50),
    warmupSeconds: positiveInt('BENCH_WARMUP_SECONDS', 5),
    durationSeconds: positiveInt('BENCH_DURATION_SECONDS', 20),
    poolMax: positiveInt('BENCH_POOL_MAX', 10),
    baselineStatements: statements(process.env.BENCH_BASELINE_STATEMENTS),
  };
}
