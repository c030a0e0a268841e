import { describe, expect, it } from 'vitest';
import { type Period, daysRemaining, deriveSubscriptionState, switchCreditDays } from './subscription-state.js';

const day = 86_400_000;
const t0 = new Date('2026-12-01T10:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * day);
let n = 0;
function period(overrides: Partial<Period>): Period {
  n += 1;
  return {
    id: `p${n}`,
    planId: 'standard',
    planCode: 'standard',
    planName: { ru: 'Стандарт', tg: 'Стандарт' },
    planPrice: 9_900,
    planDurationDays: 30,
    dailyLimit: null,
    source: 'payment',
    startsAt: t0,
    endsAt: at(30),
    cancelledAt: null,
    revokedAt: null,
    ...overrides,
  };
}

describe('deriveSubscriptionState', () => {
  it('is none without periods', () => {
    expect(deriveSubscriptionState([], t0)).toMatchObject({ status: 'none', canRespond: false });
  });

  it('is active inside a period, expired at the exact end moment', () => {
    const p = period({});
    expect(deriveSubscriptionState([p], at(29.999))).toMatchObject({ status: 'active', canRespond: true });
    expect(daysRemaining(deriveSubscriptionState([p], at(29.2)), at(29.2))).toBe(1);
    expect(deriveSubscriptionState([p], at(30))).toMatchObject({ status: 'expired', canRespond: false });
  });

  it('extends through renewals queued back to back', () => {
    const first = period({});
    const renewal = period({ startsAt: at(30), endsAt: at(60) });
    const state = deriveSubscriptionState([first, renewal], at(10));
    expect(state.chainEnd).toEqual(at(60));
    expect(daysRemaining(state, at(10))).toBe(50);
    expect(deriveSubscriptionState([first, renewal], at(45)).current?.id).toBe(renewal.id);
  });

  it('keeps a cancelled subscription usable to its end', () => {
    const p = period({ cancelledAt: at(5) });
    expect(deriveSubscriptionState([p], at(10))).toMatchObject({ status: 'cancelled', canRespond: true });
    expect(deriveSubscriptionState([p], at(30))).toMatchObject({ status: 'expired', canRespond: false });
  });

  it('ends a revoked period at once and reports it cancelled', () => {
    const p = period({ revokedAt: at(3) });
    expect(deriveSubscriptionState([p], at(2))).toMatchObject({ status: 'active' });
    expect(deriveSubscriptionState([p], at(3))).toMatchObject({ status: 'cancelled', canRespond: false });
  });
});

describe('switchCreditDays', () => {
  it('credits unused paid time at the price paid, in days of the new plan', () => {
    const standard = period({});
    const state = deriveSubscriptionState([standard], at(10));
    // 20 days of Standard left = 20 × 330 diram = 6600 diram; Premium costs 17900/30 ≈ 596.67 a day.
    expect(switchCreditDays([standard], state, at(10), { price: 17_900, durationDays: 30 })).toBeCloseTo(11.06, 2);
  });

  it('gives no credit for a trial', () => {
    const trial = period({ source: 'trial', endsAt: at(3) });
    expect(switchCreditDays([trial], deriveSubscriptionState([trial], at(1)), at(1), { price: 17_900, durationDays: 30 })).toBe(0);
  });
});
