import type { ExplainedShape } from './feed-explain.js';
import type { FeedShape } from './feed-shapes.js';
import type { LoadFigures } from './load-runner.js';

/** The targets: the API's p99 and its throughput as a share of the bare baseline's. */
export const targets = { p99Ms: 10, ratio: 0.6 } as const;

export interface ShapeFigures {
  shape: FeedShape;
  api: LoadFigures;
  baseline: LoadFigures;
}

export interface RunContext {
  date: string;
  machine: string;
  node: string;
  postgres: string;
  loadBefore: string;
  loadAfter: string;
  settings: string;
}

const n0 = (v: number) => Math.round(v).toLocaleString('en');
const ms = (v: number) => `${v} ms`;
const ratioOf = (f: ShapeFigures) => (f.baseline.requestsPerSecond > 0 ? f.api.requestsPerSecond / f.baseline.requestsPerSecond : NaN);
const ratioText = (f: ShapeFigures) => (Number.isNaN(ratioOf(f)) ? 'n/a' : ratioOf(f).toFixed(2));

const otherCpu = (f: LoadFigures) => (f.cpu ? f.cpu.other.toFixed(2) : 'n/a');

function verdict(f: ShapeFigures): string {
  const misses = [];
  if (f.api.p99 > targets.p99Ms) misses.push('p99');
  if (!(ratioOf(f) >= targets.ratio)) misses.push('ratio');
  if (f.api.non2xx + f.api.errors > 0) misses.push('failed requests');
  return misses.length ? `misses: ${misses.join(', ')}` : 'meets';
}

/** The figures as a Markdown table: API vs baseline per shape, the ratio and the verdict. */
export function figuresTable(rows: ShapeFigures[]): string {
  const lines = [
    '| shape | API req/s | API p50 | API p99 | baseline req/s | baseline p50 | baseline p99 | ratio | target | other work, cores (API / baseline run) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const f of rows) {
    lines.push(
      `| ${f.shape.name} | ${n0(f.api.requestsPerSecond)} | ${ms(f.api.p50)} | ${ms(f.api.p99)} | ${n0(f.baseline.requestsPerSecond)} | ` +
        `${ms(f.baseline.p50)} | ${ms(f.baseline.p99)} | ${ratioText(f)} | ${verdict(f)} | ` +
        `${otherCpu(f.api)} / ${otherCpu(f.baseline)} |`,
    );
  }
  return lines.join('\n');
}

/** Everything a run produced, for bench/results/: context, figures, then each shape's SQL and plan. */
export function runReport(context: RunContext, rows: ShapeFigures[], explained: ExplainedShape[]): string {
  const parts = [
    `# Feed load run, ${context.date}`,
    '',
    `- machine: ${context.machine}`,
    `- node ${context.node}; ${context.postgres}`,
    `- load average (1/5/15 min) before: ${context.loadBefore}; after: ${context.loadAfter}`,
    `- ${context.settings}`,
    '',
    figuresTable(rows),
    '',
    'Failed requests, API / baseline (non-2xx answers; connection errors and timeouts): ' +
      rows.map((f) => `${f.shape.name}: ${f.api.non2xx}, ${f.api.errors} / ${f.baseline.non2xx}, ${f.baseline.errors}`).join('; '),
    '',
    '## EXPLAIN (ANALYZE, BUFFERS) of the API’s own SQL',
  ];
  for (const e of explained) {
    parts.push('', `### ${e.shape.name}`, '', `\`GET ${e.shape.path}\``);
    e.statements.forEach((s, i) => {
      parts.push('', `Query ${i + 1} of ${e.statements.length}:`, '', '```sql', s.sql, '```', '');
      parts.push(`params: \`${JSON.stringify(s.params)}\``, '', '```', s.plan, '```');
    });
  }
  return `${parts.join('\n')}\n`;
}
