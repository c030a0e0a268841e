import { z } from 'zod';
import { ZLocalizedName, listOf } from './common';

export const PlanCode = ['basic', 'standard', 'premium'] as const;
export type TPlanCode = (typeof PlanCode)[number];

export const ZPlan = z.object({
  id: z.uuid(),
  code: z.enum(PlanCode),
  name: ZLocalizedName,
  durationDays: z.number().int(),
  /** null = unlimited. */
  dailyResponseLimit: z.number().int().nullable(),
  priority: z.boolean(),
  highlighted: z.boolean(),
  /** Diram. */
  price: z.number().int(),
  trialDays: z.number().int(),
});
export type TPlan = z.infer<typeof ZPlan>;
export const ZPlansResponse = listOf(ZPlan);
