import { TaskStatus, type TTaskActions, type TTaskStatus, canTransitionTask, isTaskEditable } from '@dastiyor/contracts';
import { describe, expect, it } from 'vitest';
import { type TaskOnlooker, maySeeTask, taskActions } from './task-policy.js';

const customerId = 'customer-1';
const onlookers: Record<string, TaskOnlooker | null> = {
  customer: { userId: customerId, isAdmin: false },
  other: { userId: 'someone-else', isAdmin: false },
  admin: { userId: 'admin-1', isAdmin: true },
  guest: null,
};

/** Who may see, written out by hand for every status and moderation state. */
function expected(status: TTaskStatus, hidden: boolean, who: string): boolean {
  if (who === 'customer') return true;
  if (status === 'draft') return false;
  if (hidden) return who === 'admin';
  return true;
}

describe('who may see a task', () => {
  const matrix = TaskStatus.flatMap((status) =>
    [false, true].flatMap((hidden) => Object.keys(onlookers).map((who) => [status, hidden, who] as const)),
  );

  it.each(matrix)('%s task, hidden %s, seen by %s', (status, hidden, who) => {
    expect(maySeeTask({ customerId, status, hidden }, onlookers[who] ?? null)).toBe(expected(status, hidden, who));
  });

  it('does not let an admin see someone else’s draft', () => {
    expect(maySeeTask({ customerId, status: 'draft', hidden: false }, onlookers.admin ?? null)).toBe(false);
  });
});

describe('what a viewer may do with a task (the page’s `can`)', () => {
  const providerId = 'provider-1';
  const viewers = {
    customer: { viewer: { userId: customerId, role: 'customer' }, response: null },
    selected: { viewer: { userId: providerId, role: 'provider' }, response: 'selected' },
    newcomer: { viewer: { userId: 'provider-2', role: 'provider' }, response: null },
    pending: { viewer: { userId: 'provider-3', role: 'provider' }, response: 'pending' },
    turnedDown: { viewer: { userId: 'provider-4', role: 'provider' }, response: 'rejected' },
    otherCustomer: { viewer: { userId: 'customer-2', role: 'customer' }, response: null },
    admin: { viewer: { userId: 'admin-1', role: 'admin' }, response: null },
    guest: { viewer: null, response: null },
  } as const;
  type Who = keyof typeof viewers;

  /** The actions each viewer has in each status, written out by hand (not asked, not reviewed), `report` aside. */
  const allowed: Record<Who, Partial<Record<TTaskStatus, readonly (keyof TTaskActions)[]>>> = {
    customer: {
      draft: ['edit', 'publish'],
      new: ['edit', 'cancel', 'decideResponses'],
      in_progress: ['cancel', 'complete'],
      completed: ['review'],
    },
    selected: { in_progress: ['requestCompletion'] },
    newcomer: { new: ['respond'] },
    pending: { new: ['changeResponse'] },
    turnedDown: {},
    otherCustomer: {},
    admin: {},
    guest: {},
  };

  const selectedFor = (status: TTaskStatus) => (status === 'in_progress' || status === 'completed' ? providerId : null);
  const can = (who: Who, status: TTaskStatus, extra: { completionRequestedAt?: Date; reviewed?: boolean } = {}) =>
    taskActions({
      task: {
        customerId,
        status,
        hidden: false,
        selectedProviderId: selectedFor(status),
        completionRequestedAt: extra.completionRequestedAt ?? null,
      },
      viewer: viewers[who].viewer,
      myResponseStatus: viewers[who].response,
      reviewed: extra.reviewed ?? false,
    });
  const granted = (actions: TTaskActions) =>
    Object.entries(actions)
      .filter(([, yes]) => yes)
      .map(([name]) => name)
      .sort();

  const matrix = TaskStatus.flatMap((status) => (Object.keys(viewers) as Who[]).map((who) => [status, who] as const));
  // Anyone signed in but the customer may report the task (complaints/complaint-rules.ts), in any status.
  const reports = (who: Who) => who !== 'customer' && who !== 'guest';
  it.each(matrix)('%s task, looked at by %s', (status, who) => {
    const expected = [...(allowed[who][status] ?? []), ...(reports(who) ? (['report'] as const) : [])];
    expect(granted(can(who, status))).toEqual(expected.sort());
  });

  it('stops offering to ask for confirmation once the provider asked', () => {
    expect(can('selected', 'in_progress', { completionRequestedAt: new Date() }).requestCompletion).toBe(false);
    expect(can('customer', 'in_progress', { completionRequestedAt: new Date() }).complete).toBe(true);
  });

  it('offers the review once: not after it was left', () => {
    expect(can('customer', 'completed', { reviewed: true }).review).toBe(false);
  });

  it('agrees with the state machine on every move the customer makes', () => {
    for (const status of TaskStatus) {
      const actions = can('customer', status);
      expect(actions.publish).toBe(canTransitionTask(status, 'customer', 'publish'));
      expect(actions.cancel).toBe(canTransitionTask(status, 'customer', 'cancel'));
      expect(actions.complete).toBe(canTransitionTask(status, 'customer', 'complete'));
      expect(actions.edit).toBe(isTaskEditable(status));
    }
  });
});
