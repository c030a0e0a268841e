import { z } from 'zod';

/** Stable problem codes. Clients branch on these, never on messages or HTTP status alone. */
export const ProblemCode = {
  validationFailed: 'validation.failed',
  authRequired: 'auth.required',
  authInvalidCredentials: 'auth.invalid_credentials',
  authLocked: 'auth.locked',
  /** Too many failed logins: password sign-in now needs a one-time code too (`stepUp` says where it goes). */
  authStepUpRequired: 'auth.step_up_required',
  authBlocked: 'auth.blocked',
  authAccountExists: 'auth.account_exists',
  authCodeInvalid: 'auth.code_invalid',
  authCodeExpired: 'auth.code_expired',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  rateLimited: 'rate_limited',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  tasksDailyLimit: 'tasks.daily_limit',
  tasksDuplicate: 'tasks.duplicate',
  /** A search by spelling (the typo fallback) found no free slot or ran past its time limit; retry or change the words. */
  tasksSearchBusy: 'tasks.search_busy',
  subscriptionsRequired: 'subscriptions.required',
  subscriptionsDailyLimit: 'subscriptions.daily_limit',
  plansInactive: 'plans.inactive',
  balanceInsufficient: 'balance.insufficient',
  idempotencyKeyReused: 'idempotency.key_reused',
  idempotencyInProgress: 'idempotency.in_progress',
  maintenance: 'maintenance',
  serviceUnavailable: 'service_unavailable',
  /** The email or SMS transport did not take the message; nothing was used up, asking again is fine. */
  deliveryFailed: 'delivery_failed',
  internal: 'internal',
} as const;
export type TProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

/** HTTP status for each code: the one place where the mapping lives. */
export const problemStatus: Record<TProblemCode, number> = {
  'validation.failed': 400,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.locked': 429,
  // 429, like auth.locked: too many attempts is what happened, and Retry-After says when a password alone works again.
  'auth.step_up_required': 429,
  'auth.blocked': 403,
  'auth.account_exists': 409,
  'auth.code_invalid': 400,
  'auth.code_expired': 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  'tasks.daily_limit': 429,
  'tasks.duplicate': 409,
  'tasks.search_busy': 503,
  'subscriptions.required': 403,
  'subscriptions.daily_limit': 429,
  'plans.inactive': 409,
  'balance.insufficient': 409,
  'idempotency.key_reused': 422,
  'idempotency.in_progress': 409,
  maintenance: 503,
  service_unavailable: 503,
  // 503, not 502: the client did nothing wrong and should retry (Retry-After says when); this API is
  // not a gateway whose upstream answered badly from the client's point of view.
  delivery_failed: 503,
  internal: 500,
};

export const ZFieldError = z.object({
  /** Dotted path of the offending field, e.g. `body.email` or `query.limit`. */
  path: z.string(),
  /** Machine-readable reason (zod issue code). */
  code: z.string(),
  message: z.string(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

/** Where a one-time code for a locked login can go; only the contact the person typed, masked. */
export const ZStepUpChannel = z.object({
  channel: z.enum(['email', 'sms']),
  /** Masked, e.g. `+992 90 ***-**-67` or `fa***@mail.tj`. */
  destination: z.string(),
});
export type TStepUpChannel = z.infer<typeof ZStepUpChannel>;
export const ZStepUp = z.object({ channels: z.array(ZStepUpChannel).min(1) });
export type TStepUp = z.infer<typeof ZStepUp>;

/** RFC 9457 problem details, as every error leaves the API. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(ZFieldError).optional(),
  retryAfter: z.number().int().optional(),
  /** With `auth.step_up_required`: how to prove it is the owner (`POST /auth/login/code`). */
  stepUp: ZStepUp.optional(),
});
export type TProblem = z.infer<typeof ZProblem>;
