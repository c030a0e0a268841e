import { z } from 'zod';
import { Locale, ZLocalizedName } from './common';
import { Role, ZPersonName } from './auth';

/** URLs of one image's re-encoded sizes; width and height are those of `large` (reserve the box before it loads). */
export const ZImage = z.object({
  id: z.uuid(),
  small: z.string(),
  medium: z.string(),
  large: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});
export type TImage = z.infer<typeof ZImage>;

const ZRef = z.object({ id: z.uuid(), name: ZLocalizedName });

export const ZProviderFields = z.object({
  description: z.string(),
  skills: z.array(z.string()),
  categories: z.array(ZRef.extend({ parentId: z.uuid().nullable() })),
  serviceCity: ZRef.nullable(),
  districts: z.array(ZRef),
  portfolio: z.array(ZImage),
  ratingAverage: z.number().nullable(),
  reviewsCount: z.number().int(),
  completedCount: z.number().int(),
});
export type TProviderFields = z.infer<typeof ZProviderFields>;

export const ZMe = z.object({
  id: z.uuid(),
  role: z.enum([...Role, 'admin']),
  name: z.string(),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  phone: z.string().nullable(),
  phoneVerified: z.boolean(),
  locale: z.enum(Locale),
  city: ZRef.nullable(),
  avatar: ZImage.nullable(),
  createdAt: z.string(),
  provider: ZProviderFields.nullable(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMeRequest = z
  .object({
    name: ZPersonName,
    locale: z.enum(Locale),
    cityId: z.uuid().nullable(),
    description: z.string().trim().max(3000),
    skills: z.array(z.string().trim().min(1).max(60)).max(30),
    categoryIds: z.array(z.uuid()).max(40),
    serviceCityId: z.uuid().nullable(),
    districtIds: z.array(z.uuid()).max(40),
  })
  .partial();
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;

/** What anyone may see of a provider: never contacts. */
export const ZPublicProvider = z.object({
  id: z.uuid(),
  name: z.string(),
  avatar: ZImage.nullable(),
  city: ZRef.nullable(),
  memberSince: z.string(),
  /** An admin checked this provider: the page shows a badge. */
  verified: z.boolean(),
  provider: ZProviderFields,
});
export type TPublicProvider = z.infer<typeof ZPublicProvider>;
