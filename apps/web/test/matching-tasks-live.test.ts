import { describe, expect, it } from 'vitest';
import type { TMatchingTask, TMatchingTasksSummary } from '@dastiyor/contracts';
import { asMatchingTaskEvent } from '../src/lib/chat-socket';
import { createMatchingTaskTracker, withMatchingTask } from '../src/lib/matching-tasks-live';
import { feedApiQuery, readFeedParams } from '../src/lib/tasks-feed-query';

const task = (id: string, publishedAt: string): TMatchingTask => ({ id, title: `Задание ${id}`, publishedAt });
const summary = (overrides: Partial<TMatchingTasksSummary> = {}): TMatchingTasksSummary => ({
  count: 1,
  capped: false,
  latest: [task('a', '2026-12-01T10:00:00.000Z')],
  seenUpTo: '2026-12-01T09:00:00.000Z',
  ...overrides,
});

describe('a live matching task', () => {
  it('counts once: not a task the last summary counted, not one published before it, not one sent twice', () => {
    const tracker = createMatchingTaskTracker(summary());
    expect(tracker.accept(task('a', '2026-12-01T10:00:00.000Z'))).toBe(false);
    expect(tracker.accept(task('old', '2026-12-01T09:30:00.000Z'))).toBe(false);
    const fresh = task('b', '2026-12-01T10:05:00.000Z');
    expect(tracker.accept(fresh)).toBe(true);
    expect(tracker.accept(fresh)).toBe(false);
    // Marked seen later: only what comes after that mark is news.
    tracker.reset(summary({ count: 0, latest: [], seenUpTo: '2026-12-01T11:00:00.000Z' }));
    expect(tracker.accept(task('c', '2026-12-01T10:59:00.000Z'))).toBe(false);
    expect(tracker.accept(task('d', '2026-12-01T11:01:00.000Z'))).toBe(true);
    // A page with no summary yet (not a provider, or the API was away) takes anything.
    expect(createMatchingTaskTracker(null).accept(task('e', '2020-01-01T00:00:00.000Z'))).toBe(true);
  });

  it('joins the summary on top, keeps three names and stops the count at the cap', () => {
    const next = withMatchingTask(summary({ latest: [task('a', 'x'), task('b', 'y'), task('c', 'z')], count: 3 }), task('d', 'w'));
    expect(next.count).toBe(4);
    expect(next.latest.map((t) => t.id)).toEqual(['d', 'a', 'b']);
    const full = withMatchingTask(summary({ count: 99 }), task('e', 'v'));
    expect(full).toMatchObject({ count: 100, capped: true });
    expect(withMatchingTask(full, task('f', 'u'))).toMatchObject({ count: 100, capped: true });
  });

  it('is read off the socket only when it has the shape of one', () => {
    const event = { type: 'matching_task', task: task('a', '2026-12-01T10:00:00.000Z') };
    expect(asMatchingTaskEvent(event)).toEqual(event);
    expect(asMatchingTaskEvent({ type: 'matching_task', task: { id: 'a' } })).toBeNull();
    expect(asMatchingTaskEvent({ type: 'notification' })).toBeNull();
  });
});

describe('the feed’s matching filter in the URL', () => {
  it('is read only as "1" and forwarded to the API as matching=true', () => {
    expect(readFeedParams({ matching: '1' }).matching).toBe('1');
    expect(readFeedParams({ matching: 'yes' }).matching).toBeUndefined();
    expect(new URLSearchParams(feedApiQuery({ matching: '1' }, 20)).get('matching')).toBe('true');
    expect(new URLSearchParams(feedApiQuery({}, 20)).has('matching')).toBe(false);
  });
});
