/** A push service answered an error status (3xx included: redirects are never followed). */
export class PushServiceError extends Error {
  constructor(
    readonly status: number,
    /** What its Retry-After header asked for (429, 503), in ms; null when it said nothing usable. */
    readonly retryAfterMs: number | null,
    message = `push service answered ${status}`,
  ) {
    super(message);
    this.name = 'PushServiceError';
  }
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Whether a failed send says the push service is overloaded or out of reach — 429, 5xx, a timeout,
 * a connection that failed — so the same push is worth trying again later and that host should be
 * asked less for a while. Anything else (400, 403, 413, a redirect, a refused endpoint) would fail
 * the same way again.
 */
export function isTransientPushFailure(error: unknown): boolean {
  if (error instanceof PushServiceError) return error.status === 429 || error.status >= 500;
  const name = (error as { name?: unknown } | null)?.name;
  // fetch: AbortSignal.timeout() rejects with a TimeoutError; a refused or reset connection is a TypeError.
  return name === 'TimeoutError' || name === 'AbortError' || error instanceof TypeError;
}
