import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countingSelects } from '../../../test/counting-db.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import type { Db } from '../../db/client.js';
import { users } from '../users/users.table.js';
import { createMemoryBus } from '../../platform/bus/bus.js';
import { userChannel } from '../conversations/chat-events.js';
import { notify, publishNotifications } from './notify.js';

// Issue 15: a notification to thousands of providers reads their unread counts in a few queries, not
// one per notification (29,241 at once emptied the pool's queue). A provider's count includes the new
// matching tasks (decision 015), read for all of them together too.

let testDb: TestDatabase;
let db: Db;
const clock = createFakeClock('2026-12-01T10:00:00Z');

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
});
afterAll(async () => {
  await testDb.drop();
});

describe('publishing notifications', () => {
  it('tells 2,500 recipients their own unread count, read in three rounds of three queries', async () => {
    const ids = Array.from({ length: 2_500 }, () => randomUUID());
    await db
      .insert(users)
      .values(
        ids.map((id) => ({ id, role: 'provider' as const, name: 'Исполнитель', email: `${id}@test.dastiyor.tj`, passwordHash: '!' })),
      );
    // The first recipient has two older unread notifications.
    for (const n of [1, 2]) {
      await notify(
        db,
        { clock: clock.now },
        { eventKey: `older:${n}`, recipients: [{ userId: ids[0]!, type: 'response.new', link: '/tasks/x', params: {} }] },
      );
    }
    const rows = await notify(
      db,
      { clock: clock.now },
      {
        eventKey: 'task.matching:big',
        recipients: ids.map((userId) => ({ userId, type: 'task.matching', link: '/tasks/big', params: { taskTitle: 'Кран' } })),
      },
    );
    const bus = createMemoryBus();
    const seen = new Map<string, number>();
    await Promise.all(
      [ids[0]!, ids[1]!, ids.at(-1)!].map((id) =>
        bus.subscribe(userChannel(id), (event) => seen.set(id, (event as { unreadCount: number }).unreadCount)),
      ),
    );
    const { db: counted, counter } = countingSelects(db);
    const log = { warn: vi.fn(), error: vi.fn() };
    await publishNotifications({ db: counted, clock: clock.now, bus, log }, rows, { deliveries: false });
    // Per 1,000 recipients: stored unread rows, "seen up to" marks, matching counts.
    expect(counter.selects).toBe(9);
    expect(log.warn).not.toHaveBeenCalled();
    expect(Object.fromEntries(seen)).toEqual({ [ids[0]!]: 3, [ids[1]!]: 1, [ids.at(-1)!]: 1 });
  });
});
