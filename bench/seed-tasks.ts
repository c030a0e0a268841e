import { loadBenchConfig } from './bench-config.js';
import { prepareBenchData } from './prepare-bench-data.js';

/** `npm run seed -w @dastiyor/bench [-- --reseed]`: the bench database with BENCH_TASKS tasks (default 1,000,000). */
const reseed = process.argv.slice(2).includes('--reseed');
try {
  await prepareBenchData(loadBenchConfig(), { reseed, log: (line) => console.log(`[seed] ${line}`) });
} catch (error) {
  console.error('[seed] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
