import { z } from 'zod';
import { ZCursorQuery, ZLocalizedName, inQueryDateRange, listOf, queryDateMessage } from './common';
import { ZPlanCode } from './subscriptions';
import { PaymentPurpose, PaymentStatus } from './values/subscriptions';
import { ZMaintenance } from './system';
import { AdminPeriodStatus } from './values/admin-reports';

/** A calendar day in Asia/Dushanbe, `YYYY-MM-DD`, within `queryDateRange`. */
export const ZDushanbeDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: 'Not a calendar day',
  })
  .refine((v) => inQueryDateRange(Date.parse(`${v}T00:00:00Z`)), queryDateMessage);

// ─── Dashboard: GET /admin/stats ────────────────────────────────────────────────────────────────

/** Both ends included; default the 30 days ending today (Dushanbe). At most 366 days; `from` ≤ `to`. */
export const ZAdminStatsQuery = z.object({ from: ZDushanbeDay.optional(), to: ZDushanbeDay.optional() });
export type TAdminStatsQuery = z.infer<typeof ZAdminStatsQuery>;

/**
 * One Asia/Dushanbe calendar day. Every figure counts events that happened that day:
 * - `newCustomers` / `newProviders`: accounts created (admins are not counted);
 * - `tasksPublished`: tasks published that day (drafts never count), `tasksCompleted` / `tasksCancelled`:
 *   tasks closed that day as completed / cancelled (whenever they were published);
 * - `responses`: responses sent that day;
 * - money in diram, cash basis, acquirer money only (payments from the user's balance are not new money:
 *   the top-up that filled the balance was counted when it was paid): `revenueGross` = payments paid that
 *   day (succeeded, or refunded later), `refunds` = payments refunded that day, `revenue` = gross − refunds.
 */
export const ZAdminStatsDay = z.object({
  day: z.string(),
  newCustomers: z.number().int(),
  newProviders: z.number().int(),
  tasksPublished: z.number().int(),
  tasksCompleted: z.number().int(),
  tasksCancelled: z.number().int(),
  responses: z.number().int(),
  revenueGross: z.number().int(),
  refunds: z.number().int(),
  revenue: z.number().int(),
});
export type TAdminStatsDay = z.infer<typeof ZAdminStatsDay>;

export const ZAdminStatsTotals = ZAdminStatsDay.omit({ day: true });
export type TAdminStatsTotals = z.infer<typeof ZAdminStatsTotals>;

/**
 * Of the tasks published in the range: how many got a selected provider (at any point, still in work or
 * done), and how many of those are completed now.
 */
export const ZAdminConversion = z.object({
  published: z.number().int(),
  selected: z.number().int(),
  completed: z.number().int(),
});

/** Providers with a period in force right now (a cancelled one counts until its end), by plan; `trial` is the part on a trial. */
export const ZAdminActivePlan = z.object({
  planId: z.uuid(),
  code: ZPlanCode,
  name: ZLocalizedName,
  active: z.number().int(),
  trial: z.number().int(),
});

export const ZAdminStats = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.literal('Asia/Dushanbe'),
  days: z.array(ZAdminStatsDay),
  totals: ZAdminStatsTotals,
  conversion: ZAdminConversion,
  activeSubscriptions: z.array(ZAdminActivePlan),
  generatedAt: z.string(),
});
export type TAdminStats = z.infer<typeof ZAdminStats>;

// ─── Subscriptions: GET /admin/subscriptions ────────────────────────────────────────────────────

export type TAdminPeriodStatus = (typeof AdminPeriodStatus)[number];

export const ZAdminSubscriptionsQuery = ZCursorQuery.extend({
  status: z.enum(AdminPeriodStatus).optional(),
  planId: z.uuid().optional(),
  providerId: z.uuid().optional(),
});
export type TAdminSubscriptionsQuery = z.infer<typeof ZAdminSubscriptionsQuery>;

export const ZAdminBillingPerson = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const ZAdminBillingPlanRef = z.object({ id: z.uuid(), code: ZPlanCode, name: ZLocalizedName });

export const ZAdminSubscriptionItem = z.object({
  id: z.uuid(),
  provider: ZAdminBillingPerson,
  plan: ZAdminBillingPlanRef,
  source: z.enum(['trial', 'payment', 'admin']),
  status: z.enum(AdminPeriodStatus),
  startsAt: z.string(),
  endsAt: z.string(),
  cancelledAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  paymentId: z.uuid().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TAdminSubscriptionItem = z.infer<typeof ZAdminSubscriptionItem>;
export const ZAdminSubscriptionsResponse = listOf(ZAdminSubscriptionItem);
export type TAdminSubscriptionsResponse = z.infer<typeof ZAdminSubscriptionsResponse>;

// ─── Payments: GET /admin/payments and /admin/payments.csv ──────────────────────────────────────

/** `from`/`to` are Dushanbe days of `createdAt`, both ends included. `providerId` is the paying user. */
export const ZAdminPaymentsFilter = z.object({
  status: z.enum(PaymentStatus).optional(),
  purpose: z.enum(PaymentPurpose).optional(),
  providerId: z.uuid().optional(),
  from: ZDushanbeDay.optional(),
  to: ZDushanbeDay.optional(),
});
export type TAdminPaymentsFilter = z.infer<typeof ZAdminPaymentsFilter>;
export const ZAdminPaymentsQuery = ZCursorQuery.extend(ZAdminPaymentsFilter.shape);
export type TAdminPaymentsQuery = z.infer<typeof ZAdminPaymentsQuery>;

export const ZAdminPaymentItem = z.object({
  id: z.uuid(),
  user: ZAdminBillingPerson,
  purpose: z.enum(PaymentPurpose),
  /** null for a balance top-up. */
  plan: ZAdminBillingPlanRef.nullable(),
  /** Diram. */
  amount: z.number().int(),
  currency: z.string(),
  /** sandbox, a real acquirer's name, or `balance`. */
  provider: z.string(),
  method: z.string(),
  status: z.enum(PaymentStatus),
  /** The bank's transaction id, once the acquirer has one. */
  transactionId: z.string().nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  /** When an admin refunded it (the payment's last change: a refund is final). */
  refundedAt: z.string().nullable(),
});
export type TAdminPaymentItem = z.infer<typeof ZAdminPaymentItem>;
export const ZAdminPaymentsResponse = listOf(ZAdminPaymentItem);
export type TAdminPaymentsResponse = z.infer<typeof ZAdminPaymentsResponse>;

// ─── Settings: GET/PUT /admin/settings ─────────────────────────────────────────────────────────

export const ZAdminSettings = z.object({ maintenance: ZMaintenance });
export type TAdminSettings = z.infer<typeof ZAdminSettings>;

export const ZAdminSettingsUpdate = z.object({
  maintenance: z.object({
    enabled: z.boolean(),
    /**
     * Shown on the maintenance page (in the page's language) and in the API's 503; both empty means the
     * standard text, one of the two empty is refused: a Tajik page must not show a Russian notice.
     */
    message: z
      .object({ ru: z.string().trim().max(500), tg: z.string().trim().max(500) })
      .superRefine((message, ctx) => {
        if ((message.ru === '') === (message.tg === '')) return;
        ctx.addIssue({ code: 'custom', path: [message.ru === '' ? 'ru' : 'tg'], message: 'Write the notice in both languages' });
      })
      .nullable()
      .optional(),
  }),
});
export type TAdminSettingsUpdate = z.infer<typeof ZAdminSettingsUpdate>;
