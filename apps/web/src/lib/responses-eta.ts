import { responseLimits } from '@dastiyor/contracts/values';

// The API counts the estimate in minutes; people think of work in hours and days.

export const etaUnits = ['hours', 'days'] as const;
export type EtaUnit = (typeof etaUnits)[number];

const minutesPer: Record<EtaUnit, number> = { hours: 60, days: 24 * 60 };

/** Minutes for "3 days", or null when the number is not a sensible positive amount within the API's range. */
export function etaMinutesOf(amount: string, unit: EtaUnit): number | null {
  const value = Number(amount.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return null;
  const minutes = Math.round(value * minutesPer[unit]);
  return minutes >= responseLimits.etaMinutesMin && minutes <= responseLimits.etaMinutesMax ? minutes : null;
}

/** The form's starting point for an existing estimate: whole days when it divides evenly, else hours. */
export function etaFieldsOf(minutes: number): { amount: string; unit: EtaUnit } {
  if (minutes % minutesPer.days === 0) return { amount: String(minutes / minutesPer.days), unit: 'days' };
  return { amount: String(Math.round((minutes / minutesPer.hours) * 10) / 10), unit: 'hours' };
}

/** How an estimate reads: the largest unit that keeps it a whole number (catalog plurals do the words). */
export function etaDisplayOf(minutes: number): { unit: 'minutes' | EtaUnit; count: number } {
  if (minutes % minutesPer.days === 0) return { unit: 'days', count: minutes / minutesPer.days };
  if (minutes % minutesPer.hours === 0) return { unit: 'hours', count: minutes / minutesPer.hours };
  if (minutes > minutesPer.hours) return { unit: 'hours', count: Math.round(minutes / 6) / 10 };
  return { unit: 'minutes', count: minutes };
}

/** Somoni typed by a person ("150", "150,50") to diram, or null. */
export function diramOf(somoni: string): number | null {
  const value = Number(somoni.replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return null;
  return Math.round(value * 100);
}
