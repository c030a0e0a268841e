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

export const SubscriptionStatus = ['none', 'active', 'expired', 'cancelled'] as const;

export const ZMySubscription = z.object({
  status: z.enum(SubscriptionStatus),
  planCode: z.enum(PlanCode).nullable(),
  startsAt: z.string().nullable(),
  /** End of the current run, renewals included. */
  endsAt: z.string().nullable(),
  daysRemaining: z.number().int(),
  /** Responses sent since midnight in Dushanbe. */
  responsesToday: z.number().int(),
  /** null = unlimited (or no plan). */
  dailyLimit: z.number().int().nullable(),
  /** Responding is allowed now (active, or cancelled but not yet past its end). */
  canRespond: z.boolean(),
  /** The free trial can still be taken by this account. */
  trialAvailable: z.boolean(),
});
export type TMySubscription = z.infer<typeof ZMySubscription>;
