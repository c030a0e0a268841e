import { problemResponse } from './problem-response';

/** Nothing listens at the API's address, or it cannot be reached: it is restarting or down. */
const unreachable = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The supervisor restarts a crashed API within seconds (scripts/lib/supervisor.mjs). */
const restartRetryAfterSeconds = 2;

// One line when answers stop and one when they come back, not one per request of an outage.
let failing = false;

/** Call on every answer the API gave, so the end of an outage is logged. */
export function upstreamAnswered(): void {
  if (!failing) return;
  failing = false;
  console.warn('[origin] the API answers again');
}

/**
 * What the origin answers when the API gave no answer: 503 while it is not listening (nothing was sent, so
 * any retry is safe), 504 when it went silent, 502 when the connection broke with the request possibly
 * taken (creating calls retry with their Idempotency-Key).
 */
export function upstreamFailure(error: NodeJS.ErrnoException, instance: string): Response {
  if (!failing) {
    failing = true;
    console.warn(
      `[origin] no answer from the API for ${instance} (${error.code ?? error.message}); answering problem+json until it is back`,
    );
  }
  if (error.code && unreachable.has(error.code)) {
    return problemResponse('service_unavailable', instance, { detail: 'The API is not reachable', retryAfter: restartRetryAfterSeconds });
  }
  if (error.code === 'ETIMEDOUT') return problemResponse('gateway_timeout', instance, { detail: 'The API did not answer in time' });
  return problemResponse('bad_gateway', instance, { detail: 'The connection to the API broke before it answered' });
}
