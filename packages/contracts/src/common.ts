import { z } from 'zod';

export const Locale = ['ru', 'tg'] as const;
export type TLocale = (typeof Locale)[number];
export const defaultLocale: TLocale = 'ru';

export const ZLocalizedName = z.object({ ru: z.string(), tg: z.string() });
export type TLocalizedName = z.infer<typeof ZLocalizedName>;

export const ZUuid = z.uuid();
export const ZIsoDateTime = z.iso.datetime({ offset: true });

export const ZCursorQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** Every list answers `{ items, nextCursor }`. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
