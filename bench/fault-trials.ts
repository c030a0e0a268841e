/**
 * `npm run bench:faults`: the built API as its own process on a PostgreSQL cluster of its own, under
 * 12 writers (task drafts, each retried with its Idempotency-Key until saved) and 4 readers; the
 * cluster is stopped (fast shutdown), kept down a few seconds and started again, several times.
 * Counts what an operator cares about: did the process survive, how fast did it serve again, were
 * writes lost or saved twice (a write saved behind a 503 shows as a duplicate once retried), and
 * how many log lines an outage cost. Writes a Markdown report to stdout and bench/results/.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createFaultCluster } from './fault-cluster.js';

const root = path.resolve(import.meta.dirname, '..');
const trials = Number(process.env.BENCH_FAULT_TRIALS ?? 7);
const downMs = Number(process.env.BENCH_FAULT_DOWN_SECONDS ?? 3) * 1000;
const calmMs = Number(process.env.BENCH_FAULT_CALM_SECONDS ?? 4) * 1000;
const writersCount = 12;
const readersCount = 4;
const port = Number(process.env.BENCH_FAULT_PG_PORT ?? 5440);
const apiPort = Number(process.env.BENCH_FAULT_API_PORT ?? 3591);
const base = `http://127.0.0.1:${apiPort}`;

interface Attempt {
  status: number;
  ms: number;
  at: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = fs.readFileSync('/proc/loadavg', 'utf8').trim();

console.error('[faults] building the API');
execFileSync('npm', ['run', 'build', '-w', '@dastiyor/api'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const cluster = createFaultCluster('dastiyor-faults', port);
const admin = new pg.Client({ connectionString: cluster.url });
await admin.connect();
await admin.query('create database dastiyor_faults');
await admin.end();
const databaseUrl = cluster.url.replace(/\/postgres$/, '/dastiyor_faults');

let api: ChildProcess | null = null;
const logLines: string[] = [];
let exits = 0;
try {
  api = spawn(process.execPath, ['--enable-source-maps', 'apps/api/dist/server.js'], {
    cwd: root,
    env: {
      ...process.env,
      APP_ENV: 'development',
      DATABASE_URL: databaseUrl,
      API_PORT: String(apiPort),
      REDIS_URL: '',
      RATE_LIMIT_PER_MINUTE: '100000000',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: path.join(os.tmpdir(), 'dastiyor-faults-data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [api.stdout!, api.stderr!])
    stream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
  api.on('exit', () => (exits += 1));
  await waitFor(async () => (await fetch(`${base}/api/v1/health`)).status === 200, 60_000);

  const cookies = await Promise.all(Array.from({ length: writersCount }, (_, i) => signUp(i)));
  const bursts = await measureBursts();
  const draft = await draftBody();
  const writes: Array<{ title: string; attempts: Attempt[]; savedId: string | null }> = [];
  const reads: Attempt[] = [];
  let stop = false;

  const timed = async (url: string, init?: RequestInit): Promise<{ status: number; body: unknown; attempt: Attempt }> => {
    const started = performance.now();
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
      const body = await res.json().catch(() => null);
      return { status: res.status, body, attempt: { status: res.status, ms: performance.now() - started, at: Date.now() } };
    } catch {
      return { status: 0, body: null, attempt: { status: 0, ms: performance.now() - started, at: Date.now() } };
    }
  };
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const write = { title: `Авария ${w}-${i}: собрать шкаф`, attempts: [] as Attempt[], savedId: null as string | null };
      writes.push(write);
      while (write.savedId === null) {
        const { status, body, attempt } = await timed(`${base}/api/v1/tasks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies[w]!, 'idempotency-key': `faults-${w}-${i}` },
          body: JSON.stringify({ ...draft, title: write.title }),
        });
        write.attempts.push(attempt);
        if (status === 201) write.savedId = (body as { id: string }).id;
        else await sleep(100); // a client's pause before its retry
      }
    }
  };
  const reader = async () => {
    while (!stop) reads.push((await timed(`${base}/api/v1/categories`)).attempt);
  };
  const workers = [...Array.from({ length: writersCount }, (_, w) => writer(w)), ...Array.from({ length: readersCount }, reader)];

  await sleep(calmMs);
  const calmWrites = writes.filter((w) => w.savedId).length;
  const results: Array<{ survived: boolean; recoveryMs: number; healthMs: number; errorP50: number; errorP99: number }> = [];
  for (let t = 0; t < trials; t++) {
    const stoppedAt = Date.now();
    cluster.stop();
    await sleep(downMs);
    cluster.start();
    const startedAt = Date.now();
    const healthMs = await waitFor(async () => (await fetch(`${base}/api/v1/health`)).status === 200, 60_000).then(
      () => Date.now() - startedAt,
    );
    await waitFor(async () => writes.some((w) => w.attempts.some((a) => a.status === 201 && a.at > startedAt)), 60_000);
    const firstWrite = Math.min(...writes.flatMap((w) => w.attempts.filter((a) => a.status === 201 && a.at > startedAt).map((a) => a.at)));
    const errors = [...writes.flatMap((w) => w.attempts), ...reads].filter(
      (a) => a.at >= stoppedAt && a.at <= startedAt && a.status !== 200 && a.status !== 201,
    );
    const sorted = errors.map((a) => a.ms).sort((a, b) => a - b);
    results.push({
      survived: api.exitCode === null && exits === 0,
      recoveryMs: firstWrite - startedAt,
      healthMs,
      errorP50: sorted[Math.floor(sorted.length / 2)] ?? 0,
      errorP99: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    });
    console.error(`[faults] trial ${t + 1}: ${JSON.stringify(results.at(-1))}`);
    await sleep(calmMs);
  }
  stop = true;
  await Promise.all(workers);

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ title: string; n: number }>(
    `select title, count(*)::int as n from tasks where title like 'Авария %' group by title`,
  );
  await db.end();
  const savedCount = new Map(rows.map((r) => [r.title, r.n]));
  const acknowledged = writes.filter((w) => w.savedId);
  const lost = acknowledged.filter((w) => !savedCount.has(w.title)).length;
  const duplicated = [...savedCount.values()].filter((n) => n > 1).length;
  const all = [...writes.flatMap((w) => w.attempts), ...reads];
  const byStatus = new Map<number, number>();
  for (const a of all) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const retriedAfter503 = writes.filter((w) => w.attempts.some((a) => a.status === 503) && w.savedId).length;
  const outageLines = logLines.filter((l) => /unavailable|available again|unhandled/.test(l)).length;

  const report = [
    `### Faults — ${new Date().toISOString().slice(0, 16)}Z, ${trials} trials, PostgreSQL down ${downMs / 1000} s each`,
    '',
    `Load before the run: \`${load}\`; ${writersCount} writers, ${readersCount} readers, the built API as its own process, its own cluster on port ${port}.`,
    '',
    `| measure | value |`,
    `| --- | ---: |`,
    `| trials the API process survived | ${results.filter((r) => r.survived).length} / ${trials} |`,
    `| API process exits | ${exits} |`,
    `| recovery: cluster started → first saved write, worst / median | ${Math.max(...results.map((r) => r.recoveryMs))} / ${median(results.map((r) => r.recoveryMs))} ms |`,
    `| recovery: cluster started → health 200, worst | ${Math.max(...results.map((r) => r.healthMs))} ms |`,
    `| error answers during an outage, p50 / p99 latency (worst trial) | ${Math.max(...results.map((r) => r.errorP50)).toFixed(0)} / ${Math.max(...results.map((r) => r.errorP99)).toFixed(0)} ms |`,
    `| writes acknowledged | ${acknowledged.length} (${calmWrites} in the first ${calmMs / 1000} s of calm) |`,
    `| writes lost (acknowledged, not in the database) | ${lost} |`,
    `| writes saved twice (a 503 that had committed, then retried) | ${duplicated} |`,
    `| writes that met a 503 and were then saved once by their retry | ${retriedAfter503} |`,
    `| answers by status | ${[...byStatus.entries()]
      .sort()
      .map(([s, n]) => `${s || 'no answer'}: ${n}`)
      .join(', ')} |`,
    `| API log lines about the outages (all ${trials}) | ${outageLines} |`,
    '',
    `Bursts on the calm database before the trials (pool of ${process.env.DB_POOL_MAX ?? 20}):`,
    '',
    `| burst | answers |`,
    `| --- | --- |`,
    `| 620 parallel \`GET /api/v1/categories\` | ${bursts.categories} |`,
    `| 195 parallel sandbox webhooks (195 event ids, one payment) | ${bursts.webhooks}; subscriptions activated: ${bursts.activated} |`,
    '',
  ].join('\n');
  console.log(report);
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', `faults-${Date.now()}.md`), `${report}\n\nAPI log:\n\n${logLines.join('\n')}\n`);
} finally {
  api?.kill('SIGTERM');
  cluster.drop();
}

/** The issue's bursts: a pool too small or too impatient turns these into 503s. */
async function measureBursts() {
  const tally = (statuses: number[]) => {
    const counts = new Map<number, number>();
    for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
    return [...counts.entries()]
      .sort()
      .map(([s, n]) => `${n} × ${s || 'no answer'}`)
      .join(', ');
  };
  const get = () =>
    fetch(`${base}/api/v1/categories`).then(
      (r) => r.status,
      () => 0,
    );
  const categories = tally(await Promise.all(Array.from({ length: 620 }, get)));

  const provider = await signUp(999, 'provider');
  const plans = (await (await fetch(`${base}/api/v1/plans`)).json()) as { items: Array<{ id: string; code: string; price: number }> };
  const plan = plans.items.find((p) => p.code === 'basic')!;
  const checkout = await fetch(`${base}/api/v1/subscriptions/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', cookie: provider },
    body: JSON.stringify({ planId: plan.id, method: 'card' }),
  });
  const { paymentId } = (await checkout.json()) as { paymentId: string };
  const secret = 'sandbox-webhook-secret-for-development-only';
  const webhook = (i: number) => {
    const body = JSON.stringify({
      id: `evt-burst-${Date.now()}-${i}`,
      type: 'payment.succeeded',
      paymentId,
      amount: plan.price,
      currency: 'TJS',
      createdAt: new Date().toISOString(),
    });
    const t = Math.floor(Date.now() / 1000);
    const signature = `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
    return fetch(`${base}/api/v1/payments/webhooks/sandbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-signature': signature },
      body,
    }).then(
      (r) => r.status,
      () => 0,
    );
  };
  const webhooks = tally(await Promise.all(Array.from({ length: 195 }, (_, i) => webhook(i))));
  const payments = (await (await fetch(`${base}/api/v1/me/payments`, { headers: { cookie: provider } })).json()) as {
    items: Array<{ status: string }>;
  };
  const subscription = (await (await fetch(`${base}/api/v1/me/subscription`, { headers: { cookie: provider } })).json()) as {
    status: string;
  };
  return {
    categories,
    webhooks,
    activated: `${payments.items.filter((p) => p.status === 'succeeded').length} payment paid, subscription ${subscription.status}`,
  };
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

async function signUp(i: number, role: 'customer' | 'provider' = 'customer'): Promise<string> {
  const email = `faults-${i}-${Date.now()}@bench.dastiyor.tj`;
  const json = { 'content-type': 'application/json', origin: 'http://localhost:3000' };
  const reg = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ role, email, password: 'Kuhi-Varzob-2026!', name: `Бенч ${i}` }),
  });
  if (reg.status !== 202) throw new Error(`register: ${reg.status} ${await reg.text()}`);
  const outbox = (await (await fetch(`${base}/api/v1/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
    items: Array<{ text: string }>;
  };
  const code = outbox.items[0]?.text.match(/\b(\d{6})\b/)?.[1];
  const verified = await fetch(`${base}/api/v1/auth/verify`, { method: 'POST', headers: json, body: JSON.stringify({ email, code }) });
  if (verified.status !== 200) throw new Error(`verify: ${verified.status} ${await verified.text()}`);
  const cookie = verified.headers.getSetCookie().find((c) => c.startsWith('dastiyor_session='));
  return cookie!.split(';')[0]!;
}

async function draftBody() {
  const categories = (await (await fetch(`${base}/api/v1/categories`)).json()) as {
    items: Array<{ id: string; children: Array<{ id: string }> }>;
  };
  const cities = (await (await fetch(`${base}/api/v1/cities`)).json()) as { items: Array<{ id: string }> };
  const category = categories.items[0]!;
  return {
    description: 'Собрать шкаф-купе из ИКЕА, все детали на месте, инструмент есть.',
    categoryId: category.id,
    subcategoryId: category.children[0]!.id,
    cityId: cities.items[0]!.id,
    budgetType: 'negotiable',
    urgency: 'normal',
    status: 'draft',
  };
}
