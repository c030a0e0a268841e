import type { TNotificationSettings } from '@dastiyor/contracts';

/** Asia/Dushanbe is UTC+5 all year, so quiet hours are plain minute arithmetic. */
const offsetMs = 5 * 3_600_000;
const dayMs = 86_400_000;
const minuteMs = 60_000;

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * When the quiet window `at` falls in ends, or null when `at` is not quiet. A window may wrap
 * midnight (22:00–08:00); equal ends mean no window at all.
 */
export function quietHoursEnd(at: Date, quietHours: TNotificationSettings['quietHours']): Date | null {
  if (!quietHours.enabled) return null;
  const from = minutesOf(quietHours.from);
  const to = minutesOf(quietHours.to);
  if (from === to) return null;
  const local = at.getTime() + offsetMs;
  const dayStart = Math.floor(local / dayMs) * dayMs;
  const minute = Math.floor((local - dayStart) / minuteMs);
  const quiet = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  if (!quiet) return null;
  // Past `from` in a wrapping window, the end is tomorrow's `to`.
  const endDay = from > to && minute >= from ? dayStart + dayMs : dayStart;
  return new Date(endDay + to * minuteMs - offsetMs);
}
