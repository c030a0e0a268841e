// Tasks happen in Tajikistan: dates and times on the form and the page are Dushanbe wall-clock time
// (UTC+5 all year, no daylight saving), whatever the browser's or the server's own zone is.

const offsetMs = 5 * 60 * 60 * 1000;
export const dushanbeTimeZone = 'Asia/Dushanbe';

/** `2026-12-01` + `09:30` in Dushanbe → an ISO moment with its offset, as the API takes it. */
export function dushanbeIso(day: string, time: string): string {
  return `${day}T${time || '00:00'}:00+05:00`;
}

/** An ISO moment → the Dushanbe day and time, for prefilling date and time inputs. */
export function dushanbeParts(iso: string): { day: string; time: string } {
  const shifted = new Date(Date.parse(iso) + offsetMs).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** "1 декабря 2026, 09:30" in the page's language, in Dushanbe time. */
export function formatDushanbeMoment(iso: string, locale: string, withTime = true): string {
  return new Intl.DateTimeFormat(locale === 'tg' ? 'tg-TJ' : 'ru-RU', {
    timeZone: dushanbeTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(new Date(iso));
}
