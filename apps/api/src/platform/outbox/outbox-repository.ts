import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { outboxMessages } from './outbox.table.js';

export interface OutboxEntry {
  channel: 'email' | 'sms';
  to: string;
  subject?: string | null;
  text: string;
  html?: string | null;
}

export async function insertOutboxMessage(db: DbOrTx, entry: OutboxEntry): Promise<void> {
  await db.insert(outboxMessages).values({
    channel: entry.channel,
    recipient: entry.to,
    subject: entry.subject ?? null,
    text: entry.text,
    html: entry.html ?? null,
  });
}

/** Newest first; `to` is an email (compared lower-cased) or an E.164 phone. */
export async function listOutboxMessages(db: DbOrTx, to: string | undefined, limit = 100) {
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(to ? eq(outboxMessages.recipient, to.includes('@') ? to.toLowerCase() : to) : undefined)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(limit);
  return rows.map((r) => ({ channel: r.channel, to: r.recipient, subject: r.subject, text: r.text, createdAt: r.createdAt.toISOString() }));
}
