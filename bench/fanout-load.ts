/**
 * `npm run bench:fanout`: seeds (once) 200,000 providers skewed like the feed bench and 100,000 tasks,
 * subscribes a tenth of the providers' browsers to a push receiver on loopback (a child process that
 * decrypts and counts every push), starts the API as production does (its own process, server.ts)
 * and, under a steady feed load, publishes through the API (1) the task that matches the most
 * providers and (2) a run of typical tasks at several times the national pace. Measures publish → last
 * push, the feed's p50/p99 idle and during the fan-out, exactly-once delivery, rows and bytes added,
 * the backlog at the end; explains the fan-out's batch query; writes bench/results/fanout-*.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApiProcess } from './fanout-api-process.js';
import { explainAlertPages } from './fanout-explain.js';
import { explainMatchingCount, inAppReach } from './fanout-in-app.js';
import { feedWindow, startFeedLoad } from './fanout-feed-load.js';
import { alertEmails, backlog, expectedDeliveries, expectedMatchingIds, footprint, withClient } from './fanout-measure.js';
import { startPushReceiver } from './fanout-receiver-client.js';
import { type BigFigures, type PaceFigures, fanoutReport } from './fanout-report.js';
import {
  busiestPlace,
  customerCookies,
  installBrowsers,
  loadFanoutConfig,
  prepareFanoutData,
  type TaskPlace,
  typicalPlaces,
} from './fanout-setup.js';

const log = (line: string) => console.log(`[fanout] ${line}`);
const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function publishTask(api: { url: string; publicUrl: string }, cookie: string, place: TaskPlace, title: string) {
  const at = Date.now();
  const res = await fetch(`${api.url}/api/v1/tasks`, {
    method: 'POST',
    headers: { cookie, origin: api.publicUrl, 'content-type': 'application/json' },
    body: JSON.stringify({
      title,
      description: 'Нужно сделать аккуратно и в срок. Материалы есть, подробности в чате.',
      categoryId: place.categoryId,
      subcategoryId: place.subcategoryId,
      cityId: place.cityId,
      ...(place.districtId ? { districtId: place.districtId } : {}),
      budgetType: 'fixed',
      budgetAmount: 25_000,
      urgency: 'normal',
      status: 'new',
    }),
  });
  if (res.status !== 201) throw new Error(`publishing answered ${res.status}: ${await res.text()}`);
  return { id: ((await res.json()) as { id: string }).id, at, answeredMs: Date.now() - at };
}

/** Until every fan-out of these tasks finished and no alert job is due any more (or the deadline). */
async function waitUntilDelivered(url: string, taskIds: string[], deadlineMs: number) {
  const started = Date.now();
  for (;;) {
    const unfinished = await withClient(url, async (c) =>
      Number(
        (await c.query('select count(*) as n from task_alert_fanouts where task_id = any($1::uuid[]) and finished_at is null', [taskIds]))
          .rows[0].n,
      ),
    );
    const { due } = await backlog(url);
    if (unfinished === 0 && due === 0) return Date.now() - started;
    if (Date.now() - started > deadlineMs)
      throw new Error(`not delivered within ${deadlineMs / 1000} s: ${unfinished} fan-outs, ${due} jobs due`);
    await sleep(250);
  }
}

async function main() {
  const config = loadFanoutConfig();
  await prepareFanoutData(config, log);
  const receiver = await startPushReceiver();
  const subscribed = await installBrowsers(config.databaseUrl, receiver);
  log(`${subscribed.toLocaleString('en')} browsers subscribed to the receiver at ${receiver.origin}`);
  const place = await busiestPlace(config.databaseUrl);
  log(`busiest place: ${place.providers.toLocaleString('en')} active providers`);
  const paces = await typicalPlaces(config.databaseUrl, config.paceTasks);
  const cookies = await customerCookies(config.databaseUrl, config.bigTasks + config.paceTasks);

  const api = await startApiProcess({
    databaseUrl: config.databaseUrl,
    port: config.apiPort,
    poolMax: config.poolMax,
    jobsPoolMax: config.jobsPoolMax,
    backgroundJobs: config.backgroundJobs,
    redisUrl: config.redisUrl,
  }).catch(async (error: unknown) => {
    // The receiver is a child process: left running, it would keep the bench alive after the failure.
    await receiver.close();
    throw error;
  });
  const loadBefore = loadAverage();
  const feedUrl = `${api.url}/api/v1/tasks?cityId=${place.cityId}`;
  const feed = startFeedLoad(feedUrl, { rate: config.feedRate, connections: config.feedConnections });
  try {
    const before = await footprint(config.databaseUrl);
    // Warm-up, then the idle window.
    await sleep(3_000);
    const idleFrom = Date.now();
    await sleep(config.idleSeconds * 1000);
    const idleTo = Date.now();

    // The busiest task, a few times over: each fan-out is a window of a few seconds, a few hundred feed answers.
    const bigs: BigFigures[] = [];
    for (let i = 0; i < config.bigTasks; i++) {
      if (i > 0) await sleep(3_000);
      log(`publishing the busiest task (${i + 1} of ${config.bigTasks})…`);
      const big = await publishTask(api, cookies[i]!, place, `Нужен мастер: самое популярное задание ${Date.now()}`);
      const drainMs = await waitUntilDelivered(config.databaseUrl, [big.id], 300_000);
      const tag = `task.matching:/tasks/${big.id}`;
      const stats = (await receiver.stats([tag])).tags[tag]!;
      const done = Math.max(stats.lastAt ?? Date.now(), big.at);
      const expected = await expectedDeliveries(config.databaseUrl, big.id);
      // The first one only: the others match the same providers by the same rule, and the check loads the database for a minute.
      const inApp = i === 0 ? await inAppReach(config.databaseUrl, big.id, await expectedMatchingIds(config.databaseUrl, big.id)) : null;
      if (inApp)
        log(
          `  in-app: ${inApp.reached.toLocaleString('en')} of ${expected.matching.toLocaleString('en')} count it, ${inApp.wrong} wrongly`,
        );
      log(
        `  ${expected.matching.toLocaleString('en')} matching; ${stats.devices}/${expected.browsers} browsers reached ` +
          `(${stats.pushes - stats.devices} twice), last push ${((done - big.at) / 1000).toFixed(1)} s after publishing`,
      );
      bigs.push({
        taskId: big.id,
        from: big.at,
        to: done,
        matching: expected.matching,
        browsers: expected.browsers,
        reached: stats.devices,
        twice: stats.pushes - stats.devices,
        emails: expected.emails,
        emailed: (await alertEmails(config.databaseUrl, big.id)).emails,
        publishAnsweredMs: big.answeredMs,
        lastPushMs: done - big.at,
        drainMs,
        inApp,
      });
    }
    const afterBig = await footprint(config.databaseUrl);

    await sleep(3_000);
    log(`the day's pace: ${config.paceTasks} typical tasks, one every ${config.paceIntervalMs / 1000} s…`);
    const paceFrom = Date.now();
    const published: Array<{ id: string; at: number }> = [];
    for (const [i, p] of paces.entries()) {
      published.push(await publishTask(api, cookies[config.bigTasks + i]!, p, `Нужен мастер №${i + 1}, задание ${Date.now()}`));
      await sleep(config.paceIntervalMs);
    }
    const backlogAtLastPublish = await backlog(config.databaseUrl);
    const paceDrainMs = await waitUntilDelivered(
      config.databaseUrl,
      published.map((p) => p.id),
      600_000,
    );
    const paceTo = Date.now();
    const paceTags = published.map((p) => `task.matching:/tasks/${p.id}`);
    const paceStats = await receiver.stats(paceTags);
    const pace: PaceFigures = { tasks: published.length, matching: 0, browsers: 0, reached: 0, twice: 0, emails: 0, emailed: 0 };
    for (const [i, p] of published.entries()) {
      const expected = await expectedDeliveries(config.databaseUrl, p.id);
      const got = paceStats.tags[paceTags[i]!]!;
      const mails = await alertEmails(config.databaseUrl, p.id);
      pace.matching += expected.matching;
      pace.browsers += expected.browsers;
      pace.reached += got.devices;
      pace.twice += got.pushes - got.devices;
      pace.emails += expected.emails;
      pace.emailed += mails.emails;
    }
    const afterPace = await footprint(config.databaseUrl);
    const backlogAtEnd = await backlog(config.databaseUrl);
    await feed.stop();
    const loadAfter = loadAverage();

    log('explaining the fan-out’s queries…');
    const first = bigs[0]!;
    const explained = await explainAlertPages(config.databaseUrl, first.taskId, Math.min(10_000, first.matching));
    explained.push(await explainMatchingCount(config.databaseUrl, [...(await expectedMatchingIds(config.databaseUrl, first.taskId))][0]!));
    const apiErrors = api.logLines.filter((l) => /"level":(50|60)/.test(l));
    const cpus = os.cpus();
    const report = fanoutReport({
      context: {
        date: new Date().toISOString(),
        machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
        loadBefore,
        loadAfter,
        config,
        subscribed,
      },
      bigs,
      feed: {
        idle: feedWindow(feed.samples, [{ from: idleFrom, to: idleTo }]),
        fanout: feedWindow(feed.samples, bigs),
        pace: feedWindow(feed.samples, [{ from: paceFrom, to: paceTo }]),
        errors: feed.errors(),
      },
      pace: { ...pace, intervalMs: config.paceIntervalMs, drainMs: paceDrainMs, backlogAtLastPublish, backlogAtEnd },
      storage: { before, afterBig, afterPace },
      explained,
      apiErrors,
      undecrypted: paceStats.undecrypted,
    });
    const file = path.join(import.meta.dirname, 'results', `fanout-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, report);
    // Every feed answer with its time and the fan-outs' windows, to look at where a tail came from.
    fs.writeFileSync(
      file.replace(/\.md$/, '-feed.json'),
      JSON.stringify({
        idle: { from: idleFrom, to: idleTo },
        fanouts: bigs.map((b) => ({ from: b.from, to: b.to })),
        samples: feed.samples,
      }),
    );
    console.log(`\n${report.split('\n## EXPLAIN')[0]}`);
    log(`report: ${path.relative(process.cwd(), file)}`);
  } finally {
    await feed.stop().catch(() => {});
    await api.stop();
    await receiver.close();
  }
}

try {
  await main();
} catch (error) {
  console.error('[fanout] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
