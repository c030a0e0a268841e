import ru from '../../apps/web/messages/ru.json' with { type: 'json' };
import tg from '../../apps/web/messages/tg.json' with { type: 'json' };

/** The web app's own catalogs: journeys look for what a person reads, in each language. */
export const catalogs = { ru, tg } as const;
export type Locale = keyof typeof catalogs;
