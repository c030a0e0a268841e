import { z } from 'zod';
import { ZLocalizedName } from './common';
import { TaskStatus, Urgency } from './values/task-card';

// The task shapes that responses and reviews build on, apart from tasks.ts so they can import them without a cycle.

export type TTaskStatus = (typeof TaskStatus)[number];
export const BudgetType = ['fixed', 'negotiable'] as const;

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
  /** The first photo's small (320 px) variant, for the card's thumbnail; null without photos. */
  thumbnailUrl: z.string().nullable(),
  /**
   * Pinned to the top of a Premium provider's feed: fresh (first hour) and in their categories and served
   * area. Only on the feed's first page; false everywhere else.
   */
  pinned: z.boolean(),
});
export type TTaskCard = z.infer<typeof ZTaskCard>;

/** 1 TJS to 1,000,000 TJS, in diram: anything outside is a typo, not a budget. */
export const budgetLimits = { min: 100, max: 100_000_000 } as const;
