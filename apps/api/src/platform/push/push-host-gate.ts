import { isTransientPushFailure, PushServiceError } from './push-errors.js';
import type { PushSender } from './push-sender.js';

/** Thrown without sending: this push service asked us (by failing) to wait until `until`. */
export class PushHostBackingOffError extends Error {
  constructor(
    readonly origin: string,
    readonly until: Date,
  ) {
    super(`push service ${origin} is backing off until ${until.toISOString()}`);
    this.name = 'PushHostBackingOffError';
  }
}

export interface PushHostGateOptions {
  /** Requests in flight to one push service at once, from this process. */
  maxInFlight: number;
  /** The first back-off after a failure; it doubles with each failure in a row, up to `maxBackoffMs`. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  now?: () => number;
}

export const defaultPushHostGate: PushHostGateOptions = { maxInFlight: 64, baseBackoffMs: 2_000, maxBackoffMs: 5 * 60_000 };

interface HostState {
  inFlight: number;
  waiting: Array<() => void>;
  failures: number;
  until: number;
}

export interface GatedPushSender extends PushSender {
  /** When a push service may be asked again; null when it may be asked now. */
  retryAt(endpoint: string): Date | null;
}

/**
 * Treats every push service (endpoint origin: FCM, Mozilla, Apple, …) on its own. At most
 * `maxInFlight` requests to one at once; after a 429, 5xx, timeout or failed connection from it, no
 * request to it for a back-off that doubles with each failure in a row (or as long as its Retry-After
 * asks), while the other services go on at full speed. A send to a service that is backing off throws
 * PushHostBackingOffError at once: the caller retries it after `until`, instead of piling onto a
 * service that is already struggling.
 */
export function createHostGatedPushSender(inner: PushSender, options: PushHostGateOptions = defaultPushHostGate): GatedPushSender {
  const now = options.now ?? Date.now;
  const hosts = new Map<string, HostState>();
  const stateOf = (origin: string) => {
    let state = hosts.get(origin);
    if (!state) hosts.set(origin, (state = { inFlight: 0, waiting: [], failures: 0, until: 0 }));
    return state;
  };
  const refuseIfBackingOff = (origin: string, state: HostState) => {
    if (state.until > now()) throw new PushHostBackingOffError(origin, new Date(state.until));
  };
  const release = (origin: string, state: HostState) => {
    const next = state.waiting.shift();
    if (next) return next();
    state.inFlight -= 1;
    // A healthy, idle host is forgotten: endpoints are the browsers' choice, so origins are unbounded.
    if (state.inFlight === 0 && state.failures === 0 && state.until <= now()) hosts.delete(origin);
  };

  return {
    publicKey: () => inner.publicKey(),
    retryAt(endpoint) {
      const until = hosts.get(new URL(endpoint).origin)?.until ?? 0;
      return until > now() ? new Date(until) : null;
    },
    async send(target, message) {
      const origin = new URL(target.endpoint).origin;
      const state = stateOf(origin);
      refuseIfBackingOff(origin, state);
      // A freed slot passes straight to the next waiter, so inFlight counts it already.
      if (state.inFlight >= options.maxInFlight) await new Promise<void>((resolve) => state.waiting.push(resolve));
      else state.inFlight += 1;
      try {
        refuseIfBackingOff(origin, state);
        const outcome = await inner.send(target, message);
        state.failures = 0;
        return outcome;
      } catch (error) {
        // Requests already in flight when the service began failing fail together: one failure for the
        // back-off, not one doubling each. The next failure after the back-off has run out doubles it.
        if (isTransientPushFailure(error) && state.until <= now()) {
          state.failures += 1;
          const asked = error instanceof PushServiceError ? error.retryAfterMs : null;
          const backoff = asked ?? options.baseBackoffMs * 2 ** (state.failures - 1);
          state.until = now() + Math.min(backoff, options.maxBackoffMs);
        }
        throw error;
      } finally {
        release(origin, state);
      }
    },
  };
}
