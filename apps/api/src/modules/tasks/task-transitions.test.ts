import {
  TaskActor,
  TaskStatus,
  type TTaskActor,
  type TTaskStatus,
  type TTaskTransition,
  canTransitionTask,
  isTaskEditable,
  taskTransitions,
  transitionToStatus,
} from '@dastiyor/contracts';
import { describe, expect, it } from 'vitest';
import { assertTaskTransition } from './task-transitions.js';

/** Every move allowed, written out by hand: the table must say exactly this and nothing more. */
const allowed: Array<[TTaskStatus, TTaskActor, TTaskTransition]> = [
  ['draft', 'customer', 'publish'],
  ['new', 'customer', 'select_provider'],
  ['new', 'customer', 'cancel'],
  ['new', 'admin', 'cancel'],
  ['in_progress', 'selected_provider', 'request_completion'],
  ['in_progress', 'customer', 'complete'],
  ['in_progress', 'customer', 'cancel'],
  ['in_progress', 'admin', 'cancel'],
];
const key = (s: string, a: string, t: string) => `${s} ${a} ${t}`;
const allowedKeys = new Set(allowed.map(([s, a, t]) => key(s, a, t)));
const transitions = Object.keys(taskTransitions) as TTaskTransition[];

describe('the task state machine', () => {
  const matrix = TaskStatus.flatMap((status) =>
    TaskActor.flatMap((actor) => transitions.map((transition) => [status, actor, transition] as const)),
  );

  it.each(matrix)('%s task, %s, %s', (status, actor, transition) => {
    const expected = allowedKeys.has(key(status, actor, transition));
    expect(canTransitionTask(status, actor, transition)).toBe(expected);
    if (expected) expect(() => assertTaskTransition(status, actor, transition)).not.toThrow();
    else expect(() => assertTaskTransition(status, actor, transition)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('ends nowhere from completed or cancelled', () => {
    for (const status of ['completed', 'cancelled'] as const)
      for (const actor of TaskActor) for (const t of transitions) expect(canTransitionTask(status, actor, t)).toBe(false);
  });

  it('maps a status request to its move, never to in progress or draft', () => {
    expect(transitionToStatus('new')).toBe('publish');
    expect(transitionToStatus('completed')).toBe('complete');
    expect(transitionToStatus('cancelled')).toBe('cancel');
    expect(transitionToStatus('in_progress')).toBeNull();
    expect(transitionToStatus('draft')).toBeNull();
  });

  it('lets a draft or an open task be edited, nothing later', () => {
    expect(TaskStatus.filter(isTaskEditable)).toEqual(['draft', 'new']);
  });
});
