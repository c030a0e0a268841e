import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.js';
import { DeliveryError, deliveryTimeoutMs } from '../delivery/delivery-error.js';
import { insertOutboxMessage } from '../outbox/outbox-repository.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe (the dev outbox does not keep them). */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Rejects with a DeliveryError when the transport does not take the message. */
  send(message: MailMessage): Promise<void>;
}

/** Development default: mail is stored and shown at /dev/outbox instead of being sent. */
export function createOutboxMailer(db: Db): Mailer {
  return {
    send: (m) => insertOutboxMessage(db, { channel: 'email', to: m.to.toLowerCase(), subject: m.subject, text: m.text, html: m.html }),
  };
}

/**
 * SMTP through nodemailer, one connection per message. Each phase has a short timeout (nodemailer's
 * defaults are 2 min to connect and 30 s for the greeting) and the whole send a budget of
 * `timeoutMs`, so a server that accepts and never answers fails in seconds.
 */
export function createSmtpMailer(options: { url: string; from: string; timeoutMs?: number }): Mailer {
  const budget = options.timeoutMs ?? deliveryTimeoutMs;
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: budget,
    greetingTimeout: budget,
    socketTimeout: budget,
    dnsTimeout: budget,
  });
  return {
    async send(m) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeliveryError('email', `no answer within ${budget} ms`)), budget);
      });
      const sending = transport
        .sendMail({ from: options.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers })
        .catch((error: unknown) => {
          throw new DeliveryError('email', error instanceof Error ? error.message : String(error), { cause: error });
        });
      // The losing promise must not become an unhandled rejection.
      sending.catch(() => {});
      try {
        await Promise.race([sending, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
