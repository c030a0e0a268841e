import { z } from 'zod';
import { ZLocalizedName, listOf } from './common';

export const ZSubcategory = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: ZLocalizedName,
  icon: z.string().nullable(),
  children: z.array(z.never()),
});

export const ZCategory = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: ZLocalizedName,
  icon: z.string().nullable(),
  children: z.array(ZSubcategory),
});
export type TCategory = z.infer<typeof ZCategory>;

export const ZCategoriesResponse = listOf(ZCategory);
export type TCategoriesResponse = z.infer<typeof ZCategoriesResponse>;

export const ZDistrict = z.object({ id: z.uuid(), name: ZLocalizedName });
export const ZCity = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: ZLocalizedName,
  districts: z.array(ZDistrict),
});
export type TCity = z.infer<typeof ZCity>;

export const ZCitiesResponse = listOf(ZCity);
export type TCitiesResponse = z.infer<typeof ZCitiesResponse>;
