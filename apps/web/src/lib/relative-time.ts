export type RelativeTimeUnit = 'justNow' | 'minutes' | 'hours' | 'days' | 'months' | 'years';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Picks the unit and count for "5 minutes ago". The words come from the catalogs (ICU plurals),
 * because Intl.RelativeTimeFormat has no reliable Tajik data everywhere.
 */
export function relativeTimeParts(then: Date, now: Date): { unit: RelativeTimeUnit; count: number } {
  const elapsed = Math.max(0, now.getTime() - then.getTime());
  if (elapsed < minute) return { unit: 'justNow', count: 0 };
  if (elapsed < hour) return { unit: 'minutes', count: Math.floor(elapsed / minute) };
  if (elapsed < day) return { unit: 'hours', count: Math.floor(elapsed / hour) };
  if (elapsed < 30 * day) return { unit: 'days', count: Math.floor(elapsed / day) };
  if (elapsed < 365 * day) return { unit: 'months', count: Math.floor(elapsed / (30 * day)) };
  return { unit: 'years', count: Math.floor(elapsed / (365 * day)) };
}
