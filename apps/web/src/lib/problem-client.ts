// Browser-side calls to the API at the same origin (the typed client in api-client.ts sends through `sendCall`),
// with RFC 9457 problems turned into something a form can show.

import type { TStepUpChannel } from '@dastiyor/contracts';
import { idempotencyKeyFor, idempotencyKeyHeader, settleIdempotencyKey } from './idempotency-key';

/** Field path (without the `body.` prefix, e.g. `districtIds.0`) → the API's reason code (`district_outside_city`). */
export type FieldErrors = Record<string, string>;

export interface ClientProblem {
  /** HTTP status; 0 when the request never got an answer. */
  status: number;
  /** The API's stable problem code (`validation.failed`, `rate_limited`…), `network` or `unknown`. */
  code: string;
  fieldErrors: FieldErrors;
  /** Seconds to wait before trying again, when the API said so. */
  retryAfter: number | null;
  /** With `auth.step_up_required`: where a one-time code can go (masked). */
  stepUp?: TStepUpChannel[];
  /** The API's `detail`, only kept where it carries an outside party's words (the bank's, `payments.acquirer_refused`). */
  detail?: string;
}

export type ApiCallResult<T> = { ok: true; data: T } | { ok: false; problem: ClientProblem };

const callTimeoutMs = 30_000;

export const networkProblem: ClientProblem = { status: 0, code: 'network', fieldErrors: {}, retryAfter: null };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function stepUpChannelsOf(value: unknown): TStepUpChannel[] {
  if (!isRecord(value) || !Array.isArray(value.channels)) return [];
  return value.channels.filter(
    (item): item is TStepUpChannel =>
      isRecord(item) && (item.channel === 'email' || item.channel === 'sms') && typeof item.destination === 'string',
  );
}

/** Reads a problem body defensively: a proxy's HTML error page becomes a code too, never a crash. */
export function problemFromBody(status: number, body: unknown, retryAfterHeader: string | null = null): ClientProblem {
  const problem: ClientProblem = { status, code: 'unknown', fieldErrors: {}, retryAfter: null };
  if (isRecord(body)) {
    if (typeof body.code === 'string') problem.code = body.code;
    if (Array.isArray(body.errors)) {
      for (const error of body.errors) {
        if (!isRecord(error) || typeof error.path !== 'string' || typeof error.code !== 'string') continue;
        const path = error.path.replace(/^body\.?/, '');
        // The first reason per field is the one worth showing.
        problem.fieldErrors[path] ??= error.code;
      }
    }
    if (typeof body.retryAfter === 'number') problem.retryAfter = body.retryAfter;
    const channels = stepUpChannelsOf(body.stepUp);
    if (channels.length > 0) problem.stepUp = channels;
    if (problem.code === 'payments.acquirer_refused' && typeof body.detail === 'string') problem.detail = body.detail.slice(0, 300);
  }
  // No problem body from a 5xx: a proxy answered because the API process is down or restarting.
  if (problem.code === 'unknown' && status >= 500) problem.code = 'service_unavailable';
  if (problem.retryAfter === null && retryAfterHeader && /^\d+$/.test(retryAfterHeader)) problem.retryAfter = Number(retryAfterHeader);
  return problem;
}

/** The reason code for `field` itself or for any item of it (`skills` matches `skills.3`). */
export function fieldErrorFor(fieldErrors: FieldErrors, field: string): string | undefined {
  if (fieldErrors[field]) return fieldErrors[field];
  const prefix = `${field}.`;
  const key = Object.keys(fieldErrors).find((k) => k.startsWith(prefix));
  return key ? fieldErrors[key] : undefined;
}

/** Indexes of the items of a list field that the API refused (`districtIds.2` → 2), with their reason. */
export function itemErrorsFor(fieldErrors: FieldErrors, field: string): Array<{ index: number; code: string }> {
  const pattern = new RegExp(`^${field}\\.(\\d+)$`);
  return Object.entries(fieldErrors).flatMap(([key, code]) => {
    const match = pattern.exec(key);
    return match ? [{ index: Number(match[1]), code }] : [];
  });
}

/** Before the one automatic retry of an idempotent call: long enough for a flapping mobile link to come back. */
const retryDelayMs = 1000;

/**
 * Sends one call to the API at the same origin; throws when no answer came. An idempotent call carries one key
 * per action (the same method, path and body reuse it until the API has kept an answer) and is sent once more
 * by itself when the connection drops, since the retry cannot create a second one.
 */
export async function sendCall(
  path: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined },
  idempotent: boolean,
): Promise<Response> {
  const action = idempotent ? `${init.method} ${path}\n${init.body ?? ''}` : null;
  const headers = action ? { ...init.headers, [idempotencyKeyHeader]: idempotencyKeyFor(action) } : init.headers;
  const send = () =>
    fetch(path, {
      ...init,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      // Generous for slow mobile data, but a request that hangs must not leave a form "saving" forever.
      signal: AbortSignal.timeout(callTimeoutMs),
    });
  const response = await send().catch(async (error: unknown) => {
    // A dropped connection (not our timeout) is retried once, with the same key, when that cannot create twice.
    if (!action || (error instanceof DOMException && error.name === 'TimeoutError')) throw error;
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    return send();
  });
  if (action) {
    const answer: unknown = response.ok
      ? undefined
      : await response
          .clone()
          .json()
          .catch(() => undefined);
    settleIdempotencyKey(action, response.status, response.ok ? '' : problemFromBody(response.status, answer).code);
  }
  return response;
}
