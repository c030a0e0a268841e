import { expect } from 'vitest';
import { e2e } from './context.js';

interface OutboxItem {
  channel: 'email' | 'sms';
  to: string;
  text: string;
  createdAt: string;
}

/** What the dev outbox holds for one email or E.164 phone, newest first. */
export async function outboxFor(to: string): Promise<OutboxItem[]> {
  const response = await fetch(`${e2e!.baseUrl}/api/v1/dev/outbox?to=${encodeURIComponent(to)}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: OutboxItem[] }).items;
}

/**
 * The six-digit code of the newest message to `to`, once more than `seen` messages reached it, so a
 * journey never reads the previous code by mistake.
 */
export async function nextCode(to: string, seen: number): Promise<string> {
  let items: OutboxItem[] = [];
  await expect.poll(async () => (items = await outboxFor(to)).length, { timeout: 10_000 }).toBeGreaterThan(seen);
  const code = /\b(\d{6})\b/.exec(items[0]!.text)?.[1];
  if (!code) throw new Error(`no six-digit code in the message to ${to}: ${items[0]!.text}`);
  return code;
}

/** A phone number (TJ mobile) and an email no earlier run has used. */
export function uniqueContacts() {
  const stamp = Date.now();
  const digits = String(stamp).slice(-7);
  return {
    phoneTyped: `+992 93 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
    phoneE164: `+99293${digits}`,
    email: `e2e-${stamp}@example.tj`,
  };
}
