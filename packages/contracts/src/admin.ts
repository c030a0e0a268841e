import { z } from 'zod';
import { ZLocalizedName } from './common';
import { ZPlan, ZPlanCode } from './subscriptions';
import { PaymentStatus } from './values/subscriptions';

const ZName = z.object({ ru: z.string().trim().min(1).max(60), tg: z.string().trim().min(1).max(60) });
const ZReason = z.string().trim().min(3).max(500);

/** A plan as admins see it: disabled ones included. */
export const ZAdminPlan = ZPlan.extend({
  isActive: z.boolean(),
  sortOrder: z.number().int(),
  description: ZLocalizedName.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TAdminPlan = z.infer<typeof ZAdminPlan>;
export const ZAdminPlansResponse = z.object({ items: z.array(ZAdminPlan), nextCursor: z.string().nullable() });

export const ZAdminPlanCreate = z.object({
  code: ZPlanCode,
  name: ZName,
  description: ZName.nullable().optional(),
  durationDays: z.number().int().min(1).max(366),
  /** null = unlimited. */
  dailyResponseLimit: z.number().int().min(1).max(1000).nullable(),
  priority: z.boolean().default(false),
  highlighted: z.boolean().default(false),
  /** Diram. */
  price: z.number().int().min(0).max(10_000_000),
  trialDays: z.number().int().min(0).max(90).default(0),
  isActive: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});
export type TAdminPlanCreate = z.infer<typeof ZAdminPlanCreate>;

/** Any subset; `isActive: false` takes the plan off sale (running periods keep going). The code never changes. */
export const ZAdminPlanUpdate = z
  .object({
    name: ZName,
    description: ZName.nullable(),
    durationDays: z.number().int().min(1).max(366),
    dailyResponseLimit: z.number().int().min(1).max(1000).nullable(),
    priority: z.boolean(),
    highlighted: z.boolean(),
    price: z.number().int().min(0).max(10_000_000),
    trialDays: z.number().int().min(0).max(90),
    isActive: z.boolean(),
    sortOrder: z.number().int().min(0).max(10_000),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type TAdminPlanUpdate = z.infer<typeof ZAdminPlanUpdate>;

/** Manual activation: a period of `days` with source `admin`. */
export const ZAdminGrantRequest = z.object({
  providerId: z.uuid(),
  planId: z.uuid(),
  days: z.number().int().min(1).max(366),
  reason: ZReason,
});
export const ZAdminReasonRequest = z.object({ reason: ZReason });

export const ZAdminPeriod = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  planId: z.uuid(),
  source: z.enum(['trial', 'payment', 'admin']),
  startsAt: z.string(),
  endsAt: z.string(),
  cancelledAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  paymentId: z.uuid().nullable(),
  note: z.string().nullable(),
});
export type TAdminPeriod = z.infer<typeof ZAdminPeriod>;

export const ZAdminRefundResponse = z.object({
  paymentId: z.uuid(),
  status: z.enum(PaymentStatus),
  /** The period the payment bought, now revoked (null for a top-up). */
  revokedPeriodId: z.uuid().nullable(),
});
export type TAdminRefundResponse = z.infer<typeof ZAdminRefundResponse>;
