import type { SubscriptionStatus as SubscriptionStatusValues } from '@dastiyor/contracts';

export interface Period {
  id: string;
  planId: string;
  planCode: string;
  planName: { ru: string; tg: string };
  planPrice: number;
  planDurationDays: number;
  dailyLimit: number | null;
  source: 'trial' | 'payment' | 'admin';
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  revokedAt: Date | null;
}

/** The whole subscription's status, as the provider sees it (the contract's vocabulary). */
export type SubscriptionStatus = (typeof SubscriptionStatusValues)[number];

export interface SubscriptionState {
  status: SubscriptionStatus;
  /** The period in force now, if any (a cancelled one still counts until its end). */
  current: Period | null;
  /** Where the current run of back-to-back periods ends: renewals extend from here. */
  chainEnd: Date | null;
  /** True while responding is allowed: active, or cancelled but not yet past its paid end. */
  canRespond: boolean;
}

/** An admin revocation ends a period at that moment. */
const effectiveEnd = (p: Period) => (p.revokedAt && p.revokedAt < p.endsAt ? p.revokedAt : p.endsAt);

/** Status derived from dates alone, at `now`; the expiry job only announces what this already says. */
export function deriveSubscriptionState(periods: Period[], now: Date): SubscriptionState {
  const t = now.getTime();
  const current = periods
    .filter((p) => p.startsAt.getTime() <= t && t < effectiveEnd(p).getTime())
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
  if (!current) {
    if (periods.length === 0) return { status: 'none', current: null, chainEnd: null, canRespond: false };
    const last = [...periods].sort((a, b) => effectiveEnd(b).getTime() - effectiveEnd(a).getTime())[0]!;
    const revoked = last.revokedAt !== null && last.revokedAt < last.endsAt;
    return { status: revoked ? 'cancelled' : 'expired', current: null, chainEnd: null, canRespond: false };
  }
  let chainEnd = effectiveEnd(current);
  for (let next = findStartingAt(periods, chainEnd); next; next = findStartingAt(periods, chainEnd)) chainEnd = effectiveEnd(next);
  return { status: current.cancelledAt ? 'cancelled' : 'active', current, chainEnd, canRespond: true };
}

function findStartingAt(periods: Period[], at: Date): Period | undefined {
  return periods.find((p) => p.startsAt.getTime() === at.getTime() && effectiveEnd(p).getTime() > at.getTime());
}

const dayMs = 86_400_000;

/** Whole days left, rounded up (0.2 of a day left shows as 1). */
export function daysRemaining(state: SubscriptionState, now: Date): number {
  return state.chainEnd ? Math.max(0, Math.ceil((state.chainEnd.getTime() - now.getTime()) / dayMs)) : 0;
}

/**
 * Value left in the current run when switching plans, as days of the new plan: unused time priced
 * at what was paid per day. Trials and admin grants carry no money, so no credit.
 */
export function switchCreditDays(
  periods: Period[],
  state: SubscriptionState,
  now: Date,
  newPlan: { price: number; durationDays: number },
): number {
  if (!state.current || newPlan.price <= 0) return 0;
  let value = 0;
  for (const p of periods) {
    if (p.source !== 'payment') continue;
    const end = effectiveEnd(p).getTime();
    const start = Math.max(p.startsAt.getTime(), now.getTime());
    if (end <= start) continue;
    value += ((end - start) / dayMs) * (p.planPrice / p.planDurationDays);
  }
  return Math.floor((value / (newPlan.price / newPlan.durationDays)) * 100) / 100;
}
