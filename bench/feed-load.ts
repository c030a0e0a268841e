import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { type RunningServer, startApiServer } from './api-server.js';
import { startBaselineServer } from './baseline-server.js';
import { loadBenchConfig } from './bench-config.js';
import { waitForIdleDatabase } from './bench-database.js';
import { startCpuWatch } from './cpu-watch.js';
import { explainFeedShapes } from './feed-explain.js';
import { type ShapeFigures, figuresTable, runReport } from './feed-report.js';
import { type FeedShape, resolveFeedShapes } from './feed-shapes.js';
import { type LoadFigures, loadUrl } from './load-runner.js';
import { prepareBenchData } from './prepare-bench-data.js';

/**
 * `npm run bench:feed`: seeds the bench database if needed, starts the real API and the bare
 * baseline on loopback ports in this process, loads each feed shape on both with autocannon (50
 * connections, fixed durations), explains the API's SQL per shape and writes bench/results/.
 */
const log = (line: string) => console.log(`[bench] ${line}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');

const summary = (f: LoadFigures) =>
  `${Math.round(f.requestsPerSecond)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.non2xx} non-2xx, ${f.errors} errors; ` +
  (f.cpu ? `CPU cores busy ${f.cpu.busy.toFixed(2)}: bench ${f.cpu.ours.toFixed(2)}, other work ${f.cpu.other.toFixed(2)}` : 'CPU n/a');

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

/** Both servers must answer each shape with the same body, or the comparison means nothing. */
async function checkSameAnswers(api: RunningServer, baseline: RunningServer, shapes: FeedShape[]) {
  for (const shape of shapes) {
    const [a, b] = await Promise.all([getJson(api.url + shape.path), getJson(baseline.url + shape.path)]);
    const items = (a.body as { items?: unknown[] }).items?.length ?? 0;
    if (a.status !== 200 || b.status !== 200 || !isDeepStrictEqual(a.body, b.body)) {
      throw new Error(`API and baseline answer "${shape.name}" differently (${a.status} vs ${b.status})`);
    }
    if (items > 0 !== (shape.finds === 'tasks')) {
      throw new Error(`"${shape.name}" returns ${items} tasks, expected ${shape.finds}; the data or the shape is wrong`);
    }
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`select split_part(version(), ' on ', 1) as v`);
    return rows[0]?.v ?? 'PostgreSQL';
  } finally {
    await client.end();
  }
}

async function main() {
  const config = loadBenchConfig();
  await prepareBenchData(config, { reseed: false, log });

  const api = await startApiServer(config.databaseUrl, config.poolMax);
  const baseline = await startBaselineServer(config.databaseUrl, config.poolMax, config.baselineStatements);
  try {
    const shapes = await resolveFeedShapes(config.databaseUrl, async (first) => {
      const { body } = await getJson(api.url + first);
      const cursor = (body as { nextCursor?: string | null }).nextCursor;
      if (!cursor) throw new Error('The first page has no nextCursor');
      return cursor;
    });
    await checkSameAnswers(api, baseline, shapes);
    log(`API at ${api.url}, baseline at ${baseline.url}; both answer every shape with the same body`);

    const watchCpu = () => startCpuWatch(config.databaseUrl);
    const options = { connections: config.connections, warmupSeconds: config.warmupSeconds, durationSeconds: config.durationSeconds };
    const loadBefore = loadAverage();
    const rows: ShapeFigures[] = [];
    for (const shape of shapes) {
      log(`${shape.name}: API…`);
      const apiFigures = await loadUrl(api.url + shape.path, options, watchCpu);
      log(`  ${summary(apiFigures)}`);
      await waitForIdleDatabase(config.databaseUrl);
      log(`${shape.name}: baseline…`);
      const baselineFigures = await loadUrl(baseline.url + shape.path, options, watchCpu);
      log(`  ${summary(baselineFigures)}`);
      await waitForIdleDatabase(config.databaseUrl);
      rows.push({ shape, api: apiFigures, baseline: baselineFigures });
    }
    const loadAfter = loadAverage();

    log('explaining the API’s SQL per shape…');
    const explained = await explainFeedShapes(config.databaseUrl, shapes);

    const cpus = os.cpus();
    const context = {
      date: new Date().toISOString(),
      machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
      node: process.version,
      postgres: await postgresVersion(config.databaseUrl),
      loadBefore,
      loadAfter,
      settings:
        `${config.tasks.toLocaleString('en')} tasks; ${options.connections} connections; ${options.warmupSeconds} s warm-up + ` +
        `${options.durationSeconds} s measured per server and shape; pool of ${config.poolMax} on both servers; ` +
        `baseline statements: ${config.baselineStatements}`,
    };
    const here = path.dirname(fileURLToPath(import.meta.url));
    const file = path.join(here, 'results', `feed-${context.date.replace(/[:.]/g, '-')}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, runReport(context, rows, explained));

    console.log(`\n${figuresTable(rows)}\n`);
    log(`load average before ${loadBefore}, after ${loadAfter}`);
    log(`figures, SQL and EXPLAIN (ANALYZE, BUFFERS) per shape: ${path.relative(process.cwd(), file)}`);
  } finally {
    await Promise.allSettled([api.close(), baseline.close()]);
  }
}

try {
  await main();
} catch (error) {
  console.error('[bench] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
