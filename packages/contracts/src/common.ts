import { z } from 'zod';

export const Locale = ['ru', 'tg'] as const;
export type TLocale = (typeof Locale)[number];
export const defaultLocale: TLocale = 'ru';

export const ZLocalizedName = z.object({ ru: z.string(), tg: z.string() });
export type TLocalizedName = z.infer<typeof ZLocalizedName>;

export const ZUuid = z.uuid();
export const ZIsoDateTime = z.iso.datetime({ offset: true });

/**
 * The dates a query may name: 2000-01-01 ≤ d < 2100-01-01 (UTC). Wider values (year 0000,
 * `+275760-…`) mean nothing here and PostgreSQL refuses some of them, which would answer 500.
 */
export const queryDateRange = { min: '2000-01-01', maxExclusive: '2100-01-01' } as const;
export const queryDateMessage = `Expected a date from ${queryDateRange.min} to before ${queryDateRange.maxExclusive}`;
export const inQueryDateRange = (ms: number) => ms >= Date.parse(queryDateRange.min) && ms < Date.parse(queryDateRange.maxExclusive);

/** A calendar day (`2026-12-01`) within `queryDateRange`. */
export const ZQueryDay = z.iso.date().refine((v) => inQueryDateRange(Date.parse(`${v}T00:00:00Z`)), queryDateMessage);
/** An ISO moment with an offset within `queryDateRange`. */
export const ZQueryMoment = z.iso.datetime({ offset: true }).refine((v) => inQueryDateRange(Date.parse(v)), queryDateMessage);

export const ZCursorQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** Every list answers `{ items, nextCursor }`. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
