/** Asia/Dushanbe is UTC+5 all year (no daylight saving): "a day" for limits and statistics. */
const offsetMs = 5 * 3_600_000;
const dayMs = 86_400_000;

/** The UTC instant at which the Dushanbe calendar day containing `at` began. */
export function startOfDushanbeDay(at: Date): Date {
  return new Date(Math.floor((at.getTime() + offsetMs) / dayMs) * dayMs - offsetMs);
}
