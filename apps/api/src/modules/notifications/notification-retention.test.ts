import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { matchingTasksSeen } from './matching-tasks-seen.table.js';
import { notificationDigests } from './notification-digests.table.js';
import { notifications } from './notifications.table.js';
import { runNotificationRetention } from './notification-retention-job.js';

// What the notifications module stores stays bounded: old read notifications, very old unread ones, stale
// digest and "seen up to" marks go; everything younger stays, whoever it belongs to.

let testDb: TestDatabase;
const clock = createFakeClock('2026-12-01T10:00:00Z');
const daysAgo = (days: number) => new Date(clock.now().getTime() - days * 86_400_000);
const log = { info: () => undefined };

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe('notification retention', () => {
  it('deletes what is past its age, in batches, and nothing else', async () => {
    const db = testDb.database.db;
    const [ana, bek] = [await createUser(db, { role: 'provider' }), await createUser(db, { role: 'provider' })];
    const row = (recipientId: string, key: string, createdAt: Date, readAt: Date | null) => ({
      recipientId,
      type: 'response.new',
      eventKey: `test:${key}`,
      link: '/tasks',
      params: {},
      createdAt,
      readAt,
    });
    const gone = [
      row(ana.id, 'read-91d', daysAgo(91), daysAgo(90)),
      row(bek.id, 'read-200d', daysAgo(200), daysAgo(199)),
      row(ana.id, 'unread-366d', daysAgo(366), null),
    ];
    const kept = [
      row(ana.id, 'read-89d', daysAgo(89), daysAgo(1)),
      row(bek.id, 'unread-300d', daysAgo(300), null),
      row(ana.id, 'unread-now', clock.now(), null),
      // Old, but read only recently: the age is the notification's, not the reading's.
      row(bek.id, 'read-yesterday-of-89d', daysAgo(89), daysAgo(1)),
    ];
    await db.insert(notifications).values([...gone, ...kept]);
    await db.insert(notificationDigests).values([
      { userId: ana.id, sentAt: daysAgo(31) },
      { userId: bek.id, sentAt: daysAgo(29) },
    ]);
    await db.insert(matchingTasksSeen).values([
      { userId: ana.id, seenUpTo: daysAgo(6) },
      { userId: bek.id, seenUpTo: daysAgo(8) },
    ]);

    const deleted = await runNotificationRetention({ db, clock: clock.now, log }, { batchSize: 2, maxBatches: 10 });
    expect(deleted).toEqual({ notifications: 3, digestMarks: 1, seenMarks: 1 });
    const left = await db.select({ key: notifications.eventKey }).from(notifications);
    expect(left.map((r) => r.key).sort()).toEqual(kept.map((r) => r.eventKey).sort());
    expect(await db.select({ userId: notificationDigests.userId }).from(notificationDigests)).toEqual([{ userId: bek.id }]);
    expect(await db.select({ userId: matchingTasksSeen.userId }).from(matchingTasksSeen)).toEqual([{ userId: ana.id }]);

    // Two days later the 89-day-old ones and the younger marks have aged out too; a second run finds nothing.
    clock.advance(2 * 86_400_000);
    expect(await runNotificationRetention({ db, clock: clock.now, log })).toEqual({ notifications: 2, digestMarks: 1, seenMarks: 1 });
    expect(await runNotificationRetention({ db, clock: clock.now, log })).toEqual({ notifications: 0, digestMarks: 0, seenMarks: 0 });
  });
});
