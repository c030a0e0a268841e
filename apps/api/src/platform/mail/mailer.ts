import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.js';
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
  send(message: MailMessage): Promise<void>;
}

/** Development default: mail is stored and shown at /dev/outbox instead of being sent. */
export function createOutboxMailer(db: Db): Mailer {
  return {
    send: (m) => insertOutboxMessage(db, { channel: 'email', to: m.to.toLowerCase(), subject: m.subject, text: m.text, html: m.html }),
  };
}

export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(m) {
      await transport.sendMail({ from: options.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers });
    },
  };
}
