// Dates that read the same in the server's render and in the browser. Node ships Tajik date data, but Chromium
// and most phone browsers do not and fall back to English ("Dec 3, 2026, 5:28 PM"), which both reads wrong and
// breaks hydration. Tajik therefore gets the numeric form it writes anyway (03.12.2026, 17:28), which every
// runtime formats alike; Russian keeps its words.

const timeZone = 'Asia/Dushanbe';

const patterns = {
  dateTime: {
    ru: { dateStyle: 'long', timeStyle: 'short' },
    tg: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  },
  dateTimeShort: {
    ru: { dateStyle: 'medium', timeStyle: 'short' },
    tg: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  },
  time: {
    ru: { timeStyle: 'medium' },
    tg: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  },
} satisfies Record<string, Record<'ru' | 'tg', Intl.DateTimeFormatOptions>>;

/** A moment in Dushanbe time: a date and time (`dateTime`; `dateTimeShort` for lists) or a time of day with seconds (`time`). */
export function formatPortable(moment: Date | string, locale: string, style: keyof typeof patterns): string {
  const tajik = locale === 'tg';
  const options: Intl.DateTimeFormatOptions = patterns[style][tajik ? 'tg' : 'ru'];
  // Tajik's numeric pattern is Russian's, which every runtime has.
  return new Intl.DateTimeFormat('ru', { ...options, timeZone }).format(typeof moment === 'string' ? new Date(moment) : moment);
}
