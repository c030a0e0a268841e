import { AppError } from '../../../platform/http/errors.js';

const offsetMs = 5 * 3_600_000;
const dayMs = 86_400_000;

/** A span of whole Asia/Dushanbe days, both ends included, with the UTC instants that bound it. */
export interface DayRange {
  from: string;
  to: string;
  /** The instant `from` began in Dushanbe. */
  startsAt: Date;
  /** The instant the day after `to` began: the range is [startsAt, endsAt). */
  endsAt: Date;
}

/** The Dushanbe calendar day (`YYYY-MM-DD`) that contains `at`. */
export function dushanbeDayOf(at: Date): string {
  return new Date(at.getTime() + offsetMs).toISOString().slice(0, 10);
}

/** The UTC instant at which Dushanbe day `day` begins (UTC+5 all year, no daylight saving). */
export function startOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - offsetMs);
}

const invalid = (path: string, message: string) =>
  new AppError('validation.failed', message, { errors: [{ path, code: 'invalid_range', message }] });

/**
 * The dashboard's range: `from`..`to` as given, else the `defaultDays` days ending today in Dushanbe.
 * 400 when `from` is after `to` or the range is longer than `maxDays`.
 */
export function resolveDayRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  { defaultDays, maxDays }: { defaultDays: number; maxDays: number },
): DayRange {
  const to = query.to ?? dushanbeDayOf(now);
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - (defaultDays - 1) * dayMs).toISOString().slice(0, 10);
  const startsAt = startOfDay(from);
  const endsAt = new Date(startOfDay(to).getTime() + dayMs);
  if (startsAt >= endsAt) throw invalid('query.from', '`from` must not be after `to`');
  if ((endsAt.getTime() - startsAt.getTime()) / dayMs > maxDays) throw invalid('query.to', `At most ${maxDays} days at a time`);
  return { from, to, startsAt, endsAt };
}

/** Optional bounds for a list filter: either end may be missing. 400 when both are given and `from` is after `to`. */
export function optionalDayBounds(query: { from?: string | undefined; to?: string | undefined }): {
  startsAt: Date | null;
  endsAt: Date | null;
} {
  const startsAt = query.from ? startOfDay(query.from) : null;
  const endsAt = query.to ? new Date(startOfDay(query.to).getTime() + dayMs) : null;
  if (startsAt && endsAt && startsAt >= endsAt) throw invalid('query.from', '`from` must not be after `to`');
  return { startsAt, endsAt };
}
