import { z } from 'zod';
import { ZCursorQuery, ZLocalizedName, listOf } from './common';

export const TaskStatus = ['draft', 'new', 'in_progress', 'completed', 'cancelled'] as const;
export type TTaskStatus = (typeof TaskStatus)[number];
export const BudgetType = ['fixed', 'negotiable'] as const;
export const Urgency = ['normal', 'urgent'] as const;

const ZRef = z.object({ id: z.uuid(), name: ZLocalizedName });

/** A task as it appears in lists: public fields only, never contacts or the exact address. */
export const ZTaskCard = z.object({
  id: z.uuid(),
  title: z.string(),
  excerpt: z.string(),
  status: z.enum(TaskStatus),
  category: ZRef.extend({ slug: z.string() }),
  subcategory: ZRef.extend({ slug: z.string() }),
  city: ZRef,
  district: ZRef.nullable(),
  budgetType: z.enum(BudgetType),
  /** Diram (1 TJS = 100 diram); null when negotiable. */
  budgetAmount: z.number().int().nullable(),
  urgency: z.enum(Urgency),
  startsAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TTaskCard = z.infer<typeof ZTaskCard>;

export const ZTaskFeedQuery = ZCursorQuery.extend({
  categoryId: z.uuid().optional(),
  subcategoryId: z.uuid().optional(),
  cityId: z.uuid().optional(),
  districtId: z.uuid().optional(),
  urgency: z.enum(Urgency).optional(),
});
export type TTaskFeedQuery = z.infer<typeof ZTaskFeedQuery>;

export const ZTaskFeedResponse = listOf(ZTaskCard);
export type TTaskFeedResponse = z.infer<typeof ZTaskFeedResponse>;
