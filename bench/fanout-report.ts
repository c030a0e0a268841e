import { jobRetention } from '@dastiyor/api/src/platform/jobs/jobs.js';
import type { ExplainedPage } from './fanout-explain.js';
import type { FeedWindow } from './fanout-feed-load.js';
import type { InAppReach } from './fanout-in-app.js';
import type { Footprint } from './fanout-measure.js';
import type { FanoutBenchConfig } from './fanout-setup.js';

export interface PaceFigures {
  tasks: number;
  matching: number;
  browsers: number;
  reached: number;
  twice: number;
  emails: number;
  emailed: number;
}

/** One publish of the busiest task; [from, to) is its fan-out's window for the feed's figures. */
export interface BigFigures extends Omit<PaceFigures, 'tasks'> {
  taskId: string;
  from: number;
  to: number;
  publishAnsweredMs: number;
  lastPushMs: number;
  drainMs: number;
  /** Checked for the first publish only (the others match the same providers). */
  inApp: InAppReach | null;
}

interface Backlog {
  due: number;
  held: number;
  failed: number;
}

export interface FanoutRun {
  context: { date: string; machine: string; loadBefore: string; loadAfter: string; config: FanoutBenchConfig; subscribed: number };
  bigs: BigFigures[];
  feed: { idle: FeedWindow; fanout: FeedWindow; pace: FeedWindow; errors: number };
  pace: PaceFigures & { intervalMs: number; drainMs: number; backlogAtLastPublish: Backlog; backlogAtEnd: Backlog };
  storage: { before: Record<string, Footprint>; afterBig: Record<string, Footprint>; afterPace: Record<string, Footprint> };
  explained: ExplainedPage[];
  apiErrors: string[];
  undecrypted: number;
}

/** The issue's national figures: 7,000 tasks a day, about 10,000 matching providers each, 850,000 providers. */
const national = { tasksPerDay: 7_000, matchesPerTask: 10_000, providers: 850_000 };
const n = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : 'n/a');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ok = (pass: boolean) => (pass ? 'met' : '**missed**');

function storageRows(run: FanoutRun) {
  const { afterBig, afterPace } = run.storage;
  const perTask = (name: string) => name.includes('fanout') || name.includes('task-matching');
  // The dev outbox stands in for SMTP: production keeps no row per email.
  const devOnly = (name: string) => name === 'outbox_messages';
  const lines = ['| table | rows added | bytes added | per day at national scale (rows / bytes) |', '| --- | ---: | ---: | ---: |'];
  let dayBytes = 0;
  for (const name of Object.keys(afterPace)) {
    const start = afterBig[name] ?? { rows: 0, bytes: 0 };
    const end = afterPace[name]!;
    const rows = end.rows - start.rows;
    const bytes = end.bytes - start.bytes;
    // Records of the fan-out scale with tasks; everything else with matching providers.
    const scale = perTask(name)
      ? national.tasksPerDay / run.pace.tasks
      : (national.tasksPerDay * national.matchesPerTask) / run.pace.matching;
    if (!devOnly(name)) dayBytes += Math.max(0, bytes) * scale;
    lines.push(`| ${name} | ${n(rows)} | ${mb(bytes)} | ${n(rows * scale)} / ${mb(Math.max(0, bytes) * scale)} |`);
  }
  return { table: lines.join('\n'), dayBytes };
}

export function fanoutReport(run: FanoutRun): string {
  const { bigs, feed, pace, context } = run;
  const inApp = bigs[0]!.inApp!;
  const each = (f: (b: BigFigures) => string) => bigs.map(f).join(' · ');
  const all = (f: (b: BigFigures) => boolean) => bigs.every(f);
  const ratio = feed.fanout.p99 / feed.idle.p99;
  const paceSeconds = (pace.tasks * pace.intervalMs) / 1000;
  const nationalPerProviderPerSecond = (national.tasksPerDay * national.matchesPerTask) / national.providers / 86_400;
  const paceMultiple = pace.matching / paceSeconds / context.config.providers / nationalPerProviderPerSecond;
  const storage = storageRows(run);
  const feedRow = (name: string, w: FeedWindow) =>
    `| ${name} | ${n(w.requests)} | ${w.p50.toFixed(1)} | ${w.p99.toFixed(1)} | ${w.max.toFixed(1)} | ${w.non2xx} |`;
  return `# Fan-out bench, ${context.date}

${context.machine}; load average before ${context.loadBefore}, after ${context.loadAfter} (a machine shared with
other work: the figures move with it). ${n(context.config.providers)} providers, ${n(context.subscribed)} browsers;
feed at ${context.config.feedRate} req/s over ${context.config.feedConnections} connections; API pool ${context.config.poolMax},
jobs pool ${context.config.jobsPoolMax}; background jobs ${context.config.backgroundJobs === 'worker' ? 'in a worker process (BACKGROUND_JOBS=worker, live events over Redis)' : 'in the API process'}.

## One task matching the most providers, published ${bigs.length} times one after another

Values per publish, in order (the in-app check for the first only: the others match the same providers).

| figure | value | target |
| --- | ---: | --- |
| matching providers | ${each((b) => n(b.matching))} | ≥ 25,000 |
| in-app: providers of the city whose computed count holds it (matching / not matching) | ${n(inApp.reached)} / ${n(inApp.wrong)} of ${n(inApp.checked)} | every match, nobody else: ${ok(inApp.reached === bigs[0]!.matching && inApp.wrong === 0)} |
| in-app: slowest round of 1,000 computed counts | ${inApp.slowestRoundMs.toFixed(1)} ms | |
| browsers that should get the push / got it / got it twice | ${each((b) => `${n(b.browsers)} / ${n(b.reached)} / ${n(b.twice)}`)} | all, none twice: ${ok(all((b) => b.reached === b.browsers && b.twice === 0))} |
| emails due (asked one by one) / sent | ${each((b) => `${n(b.emails)} / ${n(b.emailed)}`)} | all: ${ok(all((b) => b.emailed === b.emails))} |
| publish answered in | ${each((b) => `${b.publishAnsweredMs} ms`)} | |
| publish → last push | ${each((b) => s(b.lastPushMs))} | ≤ 60 s: ${ok(all((b) => b.lastPushMs <= 60_000))} |
| publish → nothing left due | ${each((b) => s(b.drainMs))} | |

## Feed (\`GET /api/v1/tasks?cityId=…\`, same API process), ms

| window | requests | p50 | p99 | max | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: |
${feedRow('idle', feed.idle)}
${feedRow(`during the ${bigs.length} fan-outs`, feed.fanout)}
${feedRow("during the day's pace", feed.pace)}

p99 during the fan-out / idle: ${ratio.toFixed(2)} (target ≤ 2: ${ok(ratio <= 2)}); connection errors: ${feed.errors}.

## The day's pace

${pace.tasks} typical tasks, one every ${s(pace.intervalMs)}: ${n(pace.matching)} matches, ${paceMultiple.toFixed(1)}× the national
pace per provider (7,000 tasks × 10,000 matches a day over 850,000 providers).

| figure | value | target |
| --- | ---: | --- |
| browsers due / reached / twice | ${n(pace.browsers)} / ${n(pace.reached)} / ${n(pace.twice)} | all, none twice: ${ok(pace.reached === pace.browsers && pace.twice === 0)} |
| emails due / sent | ${n(pace.emails)} / ${n(pace.emailed)} | ${ok(pace.emails === pace.emailed)} |
| alert jobs due when the last task was published | ${n(pace.backlogAtLastPublish.due)} | |
| last publish → nothing left due | ${s(pace.drainMs)} | |
| backlog at the end: due / held / failed | ${pace.backlogAtEnd.due} / ${pace.backlogAtEnd.held} / ${pace.backlogAtEnd.failed} | none: ${ok(pace.backlogAtEnd.due + pace.backlogAtEnd.held + pace.backlogAtEnd.failed === 0)} |

### Rows and bytes added by the pace run, and a national day extrapolated

Scaled by matches (jobs, emails) or by tasks (fan-out records and their jobs). pg-boss keeps a completed
job ${jobRetention.archiveCompletedAfterSeconds / 3600} h in its table and ${jobRetention.deleteAfterDays} day in the archive, so jobs never hold more than about a day's worth.
A new task adds no in-app row (decision 015): the alerts are computed, and \`matching_tasks_seen\` holds at
most one row per provider (850,000 × ~100 bytes in all, not per day).

${storage.table}

Fan-out storage per national day, the dev outbox left out (production sends through SMTP and keeps no row
per email): ${mb(storage.dayBytes)}; the jobs are deleted after about a day and the fan-out records after a
week, so the database holds about that much at any time instead of growing by it.

## Log lines at error level in the API: ${run.apiErrors.length}

${run.apiErrors
  .slice(0, 10)
  .map((l) => `    ${l.slice(0, 300)}`)
  .join('\n')}

Undecryptable pushes at the receiver: ${run.undecrypted}.

## EXPLAIN (ANALYZE, BUFFERS) of the fan-out's queries and the bell's count

${run.explained.map((e) => `### ${e.name}\n\n\`\`\`sql\n${e.sql}\n\`\`\`\n\nparameters: \`${JSON.stringify(e.params)}\`\n\n\`\`\`\n${e.plan}\n\`\`\``).join('\n\n')}
`;
}
