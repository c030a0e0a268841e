import fc from 'fast-check';
import type { Operation } from './openapi-operations.js';
import { describeRequest, type FuzzRequest, type RequestContext, requestFor, type Role, roles } from './request-arbitrary.js';
import { type FuzzResponse, responseFaults } from './response-checks.js';

/** How wide a run goes and what it replays; the defaults are what CI runs, the same requests every time. */
export interface FuzzSettings {
  /** `FUZZ_SEED`: the base seed (each operation derives its own from it). */
  seed: number;
  /** `FUZZ_RUNS`: generated requests per operation. */
  runs: number;
  /** `FUZZ_OPS`: only these operationIds (comma-separated); null for all. */
  ops: Set<string> | null;
  /** `FUZZ_PATH`: replays one counterexample of a failed run (with its seed and `FUZZ_OPS`). */
  path: string | undefined;
  /** `FUZZ_VERBOSE=1`: prints every request and its answer's status and problem code, for tuning the generators. */
  verbose: boolean;
  /** `FUZZ_SLOW=<ms>`: prints every request that took longer, for finding shapes that are costly to answer. */
  slowMs: number | null;
}

const wholeNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, not ${process.env[name]}`);
  return value;
};

export function fuzzSettings(defaultRuns: number): FuzzSettings {
  const ops = process.env.FUZZ_OPS?.split(',').filter(Boolean) ?? [];
  return {
    seed: wholeNumber('FUZZ_SEED', 14),
    runs: wholeNumber('FUZZ_RUNS', defaultRuns),
    ops: ops.length > 0 ? new Set(ops) : null,
    path: process.env.FUZZ_PATH,
    verbose: process.env.FUZZ_VERBOSE === '1',
    slowMs: process.env.FUZZ_SLOW ? wholeNumber('FUZZ_SLOW', 0) : null,
  };
}

/** Each operation's own seed, so adding a route leaves every other operation's requests as they were. */
export function seedFor(base: number, operationId: string): number {
  let hash = 0x811c9dc5;
  for (const ch of operationId) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193);
  return (hash ^ base) | 0;
}

/** How the answers to one operation were spread, for the summary and for tuning the generators. */
export type Tally = Map<string, number>;
const tallyKey = (res: FuzzResponse) => {
  if (res.status < 400) return String(res.status);
  const code = /"code":"([^"]+)"/.exec(res.body)?.[1];
  return `${res.status} ${code ?? '?'}`;
};

function faultReport(res: FuzzResponse, faults: string[], request: FuzzRequest) {
  return `${faults.join('; ')}\n  ${describeRequest(request)}\n  → ${res.status} ${res.contentType} ${res.body.slice(0, 1500)}`;
}

/** An answer that got past validation and access: a success, or a rule of the business (conflict, limit). */
const servedBy = (status: number) => status < 300 || [409, 422, 429].includes(status);

/**
 * The roles an operation serves: valid requests from each role until some role is served (404 does
 * not count: another person's row is a 404 too). Checked like every other answer.
 */
async function homeRolesOf(op: Operation, ctx: RequestContext, send: (request: FuzzRequest) => Promise<FuzzResponse>, seed: number) {
  const home: Role[] = [];
  for (const valid of fc.sample(requestFor(ctx, op, false), { seed, numRuns: 8 })) {
    for (const role of roles) {
      const request = { ...valid, role };
      const res = await send(request);
      const faults = responseFaults(op, res);
      if (faults.length > 0) throw new Error(`${op.operationId}, probing who it serves: ${faultReport(res, faults, request)}`);
      if (servedBy(res.status) && !home.includes(role)) home.push(role);
    }
    if (home.length > 0) break;
  }
  return home;
}

/**
 * Sends `runs` generated requests to one operation and checks every answer; on failure throws with
 * the seed, the replay path and the shrunk request, so the run can be repeated exactly.
 */
export async function fuzzOperation(options: {
  op: Operation;
  ctx: RequestContext;
  send: (request: FuzzRequest) => Promise<FuzzResponse>;
  settings: FuzzSettings;
  tally: Tally;
}) {
  const { op, tally, settings } = options;
  const seed = seedFor(settings.seed, op.operationId);
  const ctx = { ...options.ctx, homeRoles: await homeRolesOf(op, options.ctx, options.send, seed) };
  if (settings.verbose) console.info(`[fuzz] ${op.operationId} serves ${ctx.homeRoles.join(', ') || 'everyone alike'}`);
  const property = fc.asyncProperty(requestFor(ctx, op), async (request) => {
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: request.copies }, () => options.send(request)));
    const ms = performance.now() - started;
    if (settings.slowMs !== null && ms > settings.slowMs)
      console.info(`[fuzz] slow: ${Math.round(ms)} ms ← ${describeRequest(request).slice(0, 600)}`);
    for (const res of answers) {
      tally.set(tallyKey(res), (tally.get(tallyKey(res)) ?? 0) + 1);
      if (settings.verbose) console.info(`[fuzz] ${tallyKey(res)} ← ${describeRequest(request)}\n  ${res.body.slice(0, 300)}`);
      const faults = responseFaults(op, res);
      if (faults.length > 0) throw new Error(faultReport(res, faults, request));
    }
  });
  const details = await fc.check(property, { seed, numRuns: settings.runs, ...(settings.path ? { path: settings.path } : {}) });
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `${op.operationId} (${op.method} ${op.path}) failed after ${details.numRuns} requests, shrunk ${details.numShrinks} times.\n` +
      `Reproduce: FUZZ_SEED=${settings.seed} FUZZ_RUNS=${settings.runs} FUZZ_OPS=${op.operationId} FUZZ_PATH=${details.counterexamplePath} ` +
      `(operation seed ${seed})\n${error}`,
  );
}
