import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../src/db/client.js';
import { outboxMessages } from '../src/platform/outbox/outbox.table.js';

/**
 * The first answer of `probe` that is not undefined, polled with `expect.poll` (the one way tests wait here):
 * fails with `what` once `timeout` passes, so a slow machine waits longer instead of failing early.
 */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeout = 20_000): Promise<T> {
  let found: T | undefined;
  await expect
    .poll(async () => (found = await probe()) !== undefined, { message: `waiting for ${what}`, timeout, interval: 50 })
    .toBe(true);
  if (found === undefined) throw new Error(`no ${what}`);
  return found;
}

/** The dev-outbox messages to `to` whose text has `needle`, once the worker has sent at least one. */
export function outboxMessagesTo(db: Db, to: string, needle: string) {
  return eventually(async () => {
    const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, to));
    const found = rows.filter((r) => r.text.includes(needle));
    return found.length > 0 ? found : undefined;
  }, `an outbox message to ${to} with ${needle}`);
}
