import { z } from 'zod';
import { ZLocalizedName, listOf } from './common';
import { PaymentMethodIds, PaymentStatus, PaymentPurpose } from './values/subscriptions';

/** The seeded launch plans; admins may add plans with codes of their own. */
export const PlanCode = ['basic', 'standard', 'premium'] as const;
export type TPlanCode = (typeof PlanCode)[number];
/** A plan code: a lower-case slug. */
export const ZPlanCode = z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/);

export const ZPlan = z.object({
  id: z.uuid(),
  code: ZPlanCode,
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
  planCode: ZPlanCode.nullable(),
  /** The current plan's name in both languages (admins may rename plans; the code never changes). */
  planName: ZLocalizedName.nullable(),
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

export const ZPaymentMethodId = z.enum(PaymentMethodIds);
export type TPaymentMethodId = z.infer<typeof ZPaymentMethodId>;
/** Through the acquirer: one of its methods, or `card` for the first one it offers (the default). */
export const AcquirerMethodChoice = ['card', ...PaymentMethodIds] as const;
/** How to pay: through the acquirer's page, or `balance` from the provider's balance at once. */
export const PaymentMethodChoice = [...AcquirerMethodChoice, 'balance'] as const;
export const ZCheckoutRequest = z.object({ planId: z.uuid(), method: z.enum(PaymentMethodChoice).default('card') });
export type TCheckoutRequest = z.infer<typeof ZCheckoutRequest>;
/**
 * `GET /payments/methods`: what the payer may choose, in the order to offer them, and the origins a
 * checkout may send the payer to (our own and the acquirer's): the web refuses any other.
 */
export const ZPaymentMethodsResponse = z.object({ methods: z.array(ZPaymentMethodId), payOrigins: z.array(z.string()) });
export type TPaymentMethodsResponse = z.infer<typeof ZPaymentMethodsResponse>;
/**
 * `pending`: send the payer to `redirectUrl` (the acquirer's page). `succeeded` (balance): already
 * paid and active; `redirectUrl` is the subscription page with `?payment=succeeded`.
 */
export const ZCheckoutResponse = z.object({
  paymentId: z.uuid(),
  redirectUrl: z.string(),
  status: z.enum(['pending', 'succeeded']),
});
export type TCheckoutResponse = z.infer<typeof ZCheckoutResponse>;
export const ZSandboxCompleteRequest = z.object({ outcome: z.enum(['success', 'fail']) });

export const ZPayment = z.object({
  id: z.uuid(),
  purpose: z.enum(PaymentPurpose),
  /** null for a balance top-up. */
  plan: z.object({ code: ZPlanCode, name: ZLocalizedName }).nullable(),
  /** Diram. */
  amount: z.number().int(),
  currency: z.string(),
  /** korti_milli | alif_mobi | visa_mastercard | balance; `sandbox` and `card` on older payments. */
  method: z.string(),
  status: z.enum(PaymentStatus),
  /** The bank's transaction id, once the acquirer has one. */
  transactionId: z.string().nullable(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
});
export type TPayment = z.infer<typeof ZPayment>;
export const ZPaymentsResponse = listOf(ZPayment);

/** A payment event as an acquirer posts it to /payments/webhooks/:provider. */
export const ZPaymentWebhookEvent = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['payment.succeeded', 'payment.failed']),
  paymentId: z.uuid(),
  amount: z.number().int(),
  currency: z.string(),
  createdAt: z.string(),
});
export type TPaymentWebhookEvent = z.infer<typeof ZPaymentWebhookEvent>;
