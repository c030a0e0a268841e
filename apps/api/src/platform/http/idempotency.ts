import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ZIdempotencyKey, idempotencyKeyHeader, idempotencyRules, idempotentReplayedHeader } from '@dastiyor/contracts';
import type { Db } from '../../db/client.js';
import type { IdempotencyKeyRow } from './idempotency.table.js';
import { AppError } from './errors.js';
import { maxFingerprintDepth, nestsDeeperThan, requestFingerprint } from './idempotency-fingerprint.js';
import { completeKey, extendLease, findKey, insertPendingKey, releaseKey, takeOverKey } from './idempotency-repository.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route honours `Idempotency-Key` (creating POSTs): see platform/http/idempotency.ts. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** The key this request holds while it runs; null without a key or on a replay. */
    idempotencyClaim: IdempotencyClaim | null;
  }
}

interface IdempotencyClaim {
  userId: string;
  key: string;
  lockToken: string;
  settled: boolean;
  heartbeat: NodeJS.Timeout | null;
}

export interface IdempotencyOptions {
  db: Db;
  clock: () => Date;
  /** A pending key is its request's for this long, renewed while it runs; after that a retry takes it over. */
  leaseMs?: number;
  /** How long a parallel retry waits for the first request's answer before answering 409 in progress. */
  waitMs?: number;
  pollMs?: number;
}

export const idempotencyDefaults = { leaseMs: 60_000, waitMs: 10_000, pollMs: 100 } as const;
const ttlMs = idempotencyRules.ttlHours * 3_600_000;

/**
 * Answers worth repeating: success and the client's own mistakes, not "try again later" (408, 429, 5xx),
 * "sign in" (401) or our own 409 "still in progress".
 */
function isFinalAnswer(status: number, body: string): boolean {
  if (status >= 200 && status < 300) return true;
  if (status < 400 || status >= 500 || status === 401 || status === 408 || status === 429) return false;
  return status !== 409 || !body.includes('"code":"idempotency.in_progress"');
}

function parseKey(request: FastifyRequest): string | null {
  const raw = request.headers[idempotencyKeyHeader];
  if (raw === undefined) return null;
  const parsed = ZIdempotencyKey.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AppError('validation.failed', 'The Idempotency-Key header is not valid', {
    errors: [
      {
        path: `headers.${idempotencyKeyHeader}`,
        code: 'invalid_format',
        message: `1–${idempotencyRules.maxKeyLength} printable ASCII characters, e.g. a UUID`,
      },
    ],
  });
}

/**
 * Every 0.25 s, then every 0.5 s, for about half a minute: a retry of the same write is waiting on
 * this key, so the first attempt after the database is back should come soon, not after a long backoff.
 */
function settleLater(settle: () => Promise<void>, gaveUp: (error: unknown) => void, attempt = 0) {
  setTimeout(
    () => {
      settle().catch((error: unknown) => (attempt < 60 ? settleLater(settle, gaveUp, attempt + 1) : gaveUp(error)));
    },
    attempt === 0 ? 250 : 500,
  ).unref();
}

function replay(reply: FastifyReply, row: IdempotencyKeyRow) {
  reply.status(row.statusCode ?? 200).header(idempotentReplayedHeader, 'true');
  if (row.contentType) reply.header('content-type', row.contentType);
  if (row.location) reply.header('location', row.location);
  return reply.send(row.responseBody ?? '');
}

/**
 * `Idempotency-Key` for the routes whose config says `idempotent: true` (issue 13). Runs before validation,
 * so a refused first attempt replays too. Guests are ignored here: a key is scoped to an account, and every
 * such route answers 401 to a guest by itself. A first request claims the key (pending), runs, and onSend
 * stores a final answer (2xx, 4xx except 401/408/409/429) or frees the key (5xx, not final) for a retry.
 * A retry gets the stored answer; one while the first runs waits for it; storage failures are logged, never
 * turned into an error answer.
 */
export const idempotencyPlugin = fp<IdempotencyOptions>(async (app, options) => {
  const { db, clock } = options;
  const leaseMs = options.leaseMs ?? idempotencyDefaults.leaseMs;
  const waitMs = options.waitMs ?? idempotencyDefaults.waitMs;
  const pollMs = options.pollMs ?? idempotencyDefaults.pollMs;

  app.decorateRequest('idempotencyClaim', null);

  const stopHeartbeat = (claim: IdempotencyClaim) => {
    if (claim.heartbeat) clearInterval(claim.heartbeat);
    claim.heartbeat = null;
  };

  /** Keeps the lease of a long request (a slow upload) fresh, so nobody takes over a key that is still running. */
  function startHeartbeat(request: FastifyRequest, claim: IdempotencyClaim) {
    let warned = false;
    claim.heartbeat = setInterval(() => {
      const lockedUntil = new Date(clock().getTime() + leaseMs);
      extendLease(db, claim, lockedUntil).catch((err: unknown) => {
        if (!warned) request.log.warn({ err, key: claim.key }, 'idempotency lease renewal failed');
        warned = true;
      });
    }, leaseMs / 3);
    claim.heartbeat.unref();
  }

  app.addHook('preValidation', async (request, reply) => {
    if (request.routeOptions.config.idempotent !== true || !request.auth) return;
    const key = parseKey(request);
    if (key === null) return;
    const userId = request.auth.user.id;
    // A hostile body nested thousands deep would overflow the fingerprint: a 400, as validation would answer it.
    if (nestsDeeperThan(request.body, maxFingerprintDepth))
      throw new AppError('validation.failed', 'The body is nested too deeply', {
        errors: [{ path: 'body', code: 'too_deep', message: `At most ${maxFingerprintDepth} levels of arrays and objects` }],
      });
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    const operation = `${request.method} ${request.routeOptions.url ?? request.url}`;
    const deadline = Date.now() + waitMs;
    const lockToken = randomUUID();
    const claimOf = () => {
      const now = clock();
      return { userId, key, operation, fingerprint, lockToken, lockedUntil: new Date(now.getTime() + leaseMs), now };
    };
    const run = () => {
      const claim: IdempotencyClaim = { userId, key, lockToken, settled: false, heartbeat: null };
      request.idempotencyClaim = claim;
      startHeartbeat(request, claim);
    };

    let row: IdempotencyKeyRow | null = null;
    for (;;) {
      if (!row) {
        if (await insertPendingKey(db, claimOf())) return run();
        row = await findKey(db, userId, key);
      }
      if (row) {
        const now = clock().getTime();
        const expired = row.createdAt.getTime() <= now - ttlMs;
        if (!expired && row.fingerprint !== fingerprint) {
          throw new AppError('idempotency.key_reused', 'This Idempotency-Key was already used for a different request');
        }
        if (!expired && row.state === 'completed') return replay(reply, row);
        const abandoned = row.state === 'pending' && (row.lockedUntil?.getTime() ?? 0) <= now;
        if (expired || abandoned) {
          if (await takeOverKey(db, row, claimOf())) return run();
          row = await findKey(db, userId, key);
          continue;
        }
      }
      // Still running elsewhere (or freed a moment ago): look again shortly, within the wait budget.
      if (Date.now() >= deadline) {
        throw new AppError('idempotency.in_progress', 'The first request with this Idempotency-Key is still running', {
          retryAfter: 1,
        });
      }
      await sleep(pollMs);
      row = await findKey(db, userId, key);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim || claim.settled) return payload;
    claim.settled = true;
    stopHeartbeat(claim);
    const owner = { userId: claim.userId, key: claim.key, lockToken: claim.lockToken };
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    const status = reply.statusCode;
    // A refusal nobody heard (the client went away, e.g. a dropped upload) changed nothing: free the key for the retry.
    const clientGone = reply.raw.destroyed && status >= 400;
    const settle = async () => {
      if (body !== null && isFinalAnswer(status, body) && !clientGone) {
        const contentType = reply.getHeader('content-type');
        const location = reply.getHeader('location');
        const stored = await completeKey(
          db,
          owner,
          {
            statusCode: status,
            contentType: typeof contentType === 'string' ? contentType : null,
            location: typeof location === 'string' ? location : null,
            body,
          },
          clock(),
        );
        if (!stored) request.log.warn({ key: claim.key }, 'idempotency key was taken over before its answer was stored');
      } else {
        await releaseKey(db, owner);
      }
    };
    try {
      await settle();
    } catch (err) {
      // The answer stands whatever happens here: a write that committed is never reported as failed.
      // The database is likely in a short outage: keep trying, so a retry soon gets this answer (or the
      // key back) instead of waiting out the lease and, for a write that did commit, running it twice.
      request.log.warn({ err, key: claim.key, status }, 'idempotency answer not stored yet; retrying in the background');
      settleLater(settle, (error) => request.log.warn({ err: error, key: claim.key, status }, 'idempotency answer not stored'));
    }
    return payload;
  });

  // Safety net: a request that ended without onSend (hijacked, or its error handler failed) frees its key.
  app.addHook('onResponse', async (request) => {
    const claim = request.idempotencyClaim;
    if (!claim || claim.settled) return;
    claim.settled = true;
    stopHeartbeat(claim);
    await releaseKey(db, claim).catch((err: unknown) => request.log.warn({ err, key: claim.key }, 'idempotency key not released'));
  });
});
