import type { Db } from '../../db/client.js';
import { DeliveryError, deliveryTimeoutMs } from '../delivery/delivery-error.js';
import { insertOutboxMessage } from '../outbox/outbox-repository.js';

export interface SmsMessage {
  /** E.164, e.g. +992901234567. */
  to: string;
  text: string;
}

export interface SmsSender {
  /** Rejects with a DeliveryError when the gateway does not take the message. */
  send(message: SmsMessage): Promise<void>;
}

/** Development default: SMS cost money, so outside production they land in the dev outbox. */
export function createOutboxSmsSender(db: Db): SmsSender {
  return { send: (m) => insertOutboxMessage(db, { channel: 'sms', to: m.to, text: m.text }) };
}

/**
 * A generic HTTP gateway: POST JSON `{ to, text, sender }` with a bearer token. Local aggregators
 * expose this shape or a thin proxy to it. A non-2xx answer, a refused connection or no answer within
 * `timeoutMs` is a DeliveryError (a background job retries it).
 */
export function createHttpSmsSender(options: {
  url: string;
  token: string | null;
  sender: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}): SmsSender {
  const doFetch = options.fetchImpl ?? fetch;
  const budget = options.timeoutMs ?? deliveryTimeoutMs;
  return {
    async send(m) {
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
          body: JSON.stringify({ to: m.to, text: m.text, sender: options.sender }),
          signal: AbortSignal.timeout(budget),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const reason = timedOut
          ? `no answer within ${budget} ms`
          : `gateway unreachable (${cause?.code ?? cause?.message ?? String(error)})`;
        throw new DeliveryError('sms', reason, { cause: error });
      }
      // The body is not needed; reading it frees the connection for the next message.
      await response.arrayBuffer().catch(() => {});
      if (!response.ok) throw new DeliveryError('sms', `gateway answered ${response.status}`);
    },
  };
}
