// Lighthouse mobile (its default: simulated slow 4G and a 4x slower CPU) on the public pages issue 18 names, with
// Debian Chromium, against the built product on loopback; and the main-thread time each cold load costs on this
// machine, unthrottled (Chrome's TaskDuration until the network is idle), beside a baseline in the same run: a
// trivial document of the same server (/icon.svg), what a fresh renderer spends on any page. Run after
// `npm run build`: npm run bench:lighthouse [-- --runs 5]; LH_DUMP=file.json keeps the last report. Figures go to
// BENCHMARKS.md.
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../e2e/support/browser.js';
import { startProduct } from '../e2e/support/product.js';
import { coldLoadCpu } from './cold-load-cpu.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Issue 18's pass marks: score ≥ 95 on each page, ≤ 150 ms of main-thread time per cold load here.
const scoreTarget = 95;
const cpuTargetMs = 150;

interface Sample {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  mainThreadMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function audit(url: string, port: number): Promise<Sample> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (process.env.LH_DUMP) fs.writeFileSync(process.env.LH_DUMP, JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const { throttling, throttlingMethod } = lhr.configSettings;
  // Under simulation Lighthouse multiplies observed main-thread time by the CPU slowdown; undo it for "here".
  const slowdown = throttlingMethod === 'simulate' ? (throttling.cpuSlowdownMultiplier ?? 1) : 1;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    mainThreadMs: (lhr.audits['mainthread-work-breakdown']?.numericValue ?? NaN) / slowdown,
  };
}

async function firstTaskPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/tasks?limit=1`);
  const page = (await response.json()) as { items: { id: string }[] };
  if (!page.items[0]) throw new Error('the demo seed has no open task');
  return `/tasks/${page.items[0].id}`;
}

const product = await startProduct({ name: 'lighthouse' });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
let failed = false;
try {
  const cpuOf = async (page: string) => {
    const samples = [];
    for (let run = 0; run < runs + 2; run++) samples.push(await coldLoadCpu(browser, `${product.baseUrl}${page}`));
    return { taskMs: median(samples.map((sample) => sample.taskMs)), scriptMs: median(samples.map((sample) => sample.scriptMs)) };
  };
  const baseline = await cpuOf('/icon.svg');
  // /tg last: opening it remembers Tajik (the locale cookie), and unprefixed pages would then redirect there.
  const pages = ['/', '/tasks', await firstTaskPath(product.baseUrl), '/signup', '/tg'];
  console.log(`load before: ${loadavg()}; ${runs} runs per page, medians`);
  console.log(`baseline: a trivial document costs ${baseline.taskMs.toFixed(0)} ms of main-thread time here`);
  console.log('page                                        score  LCP ms  TBT ms    CLS  LH main thread ms  cold load ms (script)');
  for (const page of pages) {
    const samples: Sample[] = [];
    // The first load warms the server's caches and the build's on-demand work; it is not counted.
    await audit(`${product.baseUrl}${page}`, chrome.port);
    for (let run = 0; run < runs; run++) samples.push(await audit(`${product.baseUrl}${page}`, chrome.port));
    const score = median(samples.map((sample) => sample.score));
    const mainThreadMs = median(samples.map((sample) => sample.mainThreadMs));
    const cpu = await cpuOf(page);
    const pass = score >= scoreTarget && cpu.taskMs <= cpuTargetMs;
    failed ||= !pass;
    console.log(
      [
        page.padEnd(42),
        String(score).padStart(6),
        median(samples.map((sample) => sample.lcp))
          .toFixed(0)
          .padStart(7),
        median(samples.map((sample) => sample.tbt))
          .toFixed(0)
          .padStart(7),
        median(samples.map((sample) => sample.cls))
          .toFixed(3)
          .padStart(6),
        mainThreadMs.toFixed(0).padStart(17),
        `${cpu.taskMs.toFixed(0)} (${cpu.scriptMs.toFixed(0)})`.padStart(21),
        `  scores ${samples.map((sample) => sample.score).join('/')}`,
        pass ? '' : `  BELOW TARGET (score ≥ ${scoreTarget}, main thread ≤ ${cpuTargetMs} ms)`,
      ].join(' '),
    );
  }
  console.log(`load after: ${loadavg()}`);
} finally {
  await browser.close();
  chrome.kill();
  await product.stop();
}
process.exitCode = failed ? 1 : 0;
