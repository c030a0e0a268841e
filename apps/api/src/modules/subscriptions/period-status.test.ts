import { describe, expect, it } from 'vitest';
import { periodStatusOf } from './period-status.js';

const now = new Date('2026-12-01T10:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const period = (startsAt: Date, endsAt: Date, extra: { cancelledAt?: Date; revokedAt?: Date } = {}) => ({
  startsAt,
  endsAt,
  cancelledAt: extra.cancelledAt ?? null,
  revokedAt: extra.revokedAt ?? null,
});

describe('a period’s status', () => {
  it.each([
    ['active', period(at(-1), at(1))],
    ['active from the moment it starts', period(now, at(1))],
    ['upcoming', period(at(1), at(2))],
    ['expired the moment it ends', period(at(-2), now)],
    ['cancelled while it runs to its end', period(at(-1), at(1), { cancelledAt: at(-0.5) })],
    ['expired once a cancelled one ends', period(at(-2), at(-1), { cancelledAt: at(-1.5) })],
    ['revoked whatever its dates', period(at(1), at(2), { revokedAt: at(-1) })],
  ] as const)('%s', (name, p) => {
    expect(periodStatusOf(p, now)).toBe(name.split(' ')[0]);
  });
});
