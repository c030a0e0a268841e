import type { Db } from '../../db/client.js';
import { insertOutboxMessage } from '../outbox/outbox-repository.js';

export interface SmsMessage {
  /** E.164, e.g. +992901234567. */
  to: string;
  text: string;
}

export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

/** Development default: SMS cost money, so outside production they land in the dev outbox. */
export function createOutboxSmsSender(db: Db): SmsSender {
  return { send: (m) => insertOutboxMessage(db, { channel: 'sms', to: m.to, text: m.text }) };
}

/**
 * A generic HTTP gateway: POST JSON `{ to, text, sender }` with a bearer token. Local aggregators
 * expose this shape or a thin proxy to it; a non-2xx answer is an error so the job retries.
 */
export function createHttpSmsSender(options: { url: string; token: string | null; sender: string; fetchImpl?: typeof fetch }): SmsSender {
  const doFetch = options.fetchImpl ?? fetch;
  return {
    async send(m) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify({ to: m.to, text: m.text, sender: options.sender }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
