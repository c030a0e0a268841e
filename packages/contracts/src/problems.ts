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
  /** A malformed HTTP request (the parser refused it before any route saw it). */
  badRequest: 'bad_request',
  /** An HTTP method the public origin does not serve (TRACE, WebDAV's…); `Allow` lists those it does. */
  methodNotAllowed: 'method_not_allowed',
  /** The body is over `requestLimits` (or a route's own smaller limit). */
  payloadTooLarge: 'payload_too_large',
  /** The URL, or one path segment, is over `requestLimits.urlBytes`. */
  uriTooLong: 'uri_too_long',
  /** The request's headers are over what the server parses (about 16 KB, Node's ceiling). */
  headersTooLarge: 'headers_too_large',
  /** The request did not arrive whole in time. */
  requestTimeout: 'request_timeout',
  unsupportedMediaType: 'unsupported_media_type',
  tasksDailyLimit: 'tasks.daily_limit',
  tasksDuplicate: 'tasks.duplicate',
  /** A search by spelling (the typo fallback) found no free slot or ran past its time limit; retry or change the words. */
  tasksSearchBusy: 'tasks.search_busy',
  subscriptionsRequired: 'subscriptions.required',
  subscriptionsDailyLimit: 'subscriptions.daily_limit',
  /** The provider (or their phone number) already had the free trial. */
  subscriptionsTrialUsed: 'subscriptions.trial_used',
  /** The free trial needs a verified phone number (one trial per number). */
  subscriptionsPhoneRequired: 'subscriptions.phone_required',
  /** The task no longer takes responses or decisions on them: someone was chosen, or it closed. */
  tasksNotOpen: 'tasks.not_open',
  /** The task was hidden with its customer's block; unblocking the customer shows it again, unhiding cannot. */
  tasksOwnerBlocked: 'tasks.owner_blocked',
  plansInactive: 'plans.inactive',
  /** Another plan already has this code. */
  plansCodeTaken: 'plans.code_taken',
  /** Another category already has this slug. */
  catalogSlugTaken: 'catalog.slug_taken',
  /** The portfolio holds its maximum of photos; one must go first. */
  portfolioFull: 'portfolio.full',
  /** The same person's report on the same target is still waiting for a moderator. */
  complaintsAlreadyReported: 'complaints.already_reported',
  balanceInsufficient: 'balance.insufficient',
  /** The chosen way to pay is not one the terminal takes (GET /payments/methods lists those it does). */
  paymentsMethodUnavailable: 'payments.method_unavailable',
  /** The bank did not answer, or answered what we could not read: nothing was charged, asking again is fine. */
  paymentsAcquirerUnavailable: 'payments.acquirer_unavailable',
  /** The bank refused the call (a refund it will not make, say); the detail carries its message. */
  paymentsAcquirerRefused: 'payments.acquirer_refused',
  idempotencyKeyReused: 'idempotency.key_reused',
  idempotencyInProgress: 'idempotency.in_progress',
  maintenance: 'maintenance',
  serviceUnavailable: 'service_unavailable',
  /** The email or SMS transport did not take the message; nothing was used up, asking again is fine. */
  deliveryFailed: 'delivery_failed',
  /** The web origin got no usable answer from the API (the connection broke before one came). */
  badGateway: 'bad_gateway',
  /** The web origin waited too long for the API to answer. */
  gatewayTimeout: 'gateway_timeout',
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
  bad_request: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  unsupported_media_type: 415,
  'tasks.daily_limit': 429,
  'tasks.duplicate': 409,
  'tasks.search_busy': 503,
  'subscriptions.required': 403,
  'subscriptions.daily_limit': 429,
  'subscriptions.trial_used': 409,
  'subscriptions.phone_required': 403,
  'tasks.not_open': 409,
  'tasks.owner_blocked': 409,
  'plans.inactive': 409,
  'plans.code_taken': 409,
  'catalog.slug_taken': 409,
  'portfolio.full': 409,
  'complaints.already_reported': 409,
  'balance.insufficient': 409,
  'payments.method_unavailable': 409,
  'payments.acquirer_unavailable': 503,
  'payments.acquirer_refused': 409,
  'idempotency.key_reused': 422,
  'idempotency.in_progress': 409,
  maintenance: 503,
  service_unavailable: 503,
  // 503, not 502: the client did nothing wrong and should retry (Retry-After says when); this API is
  // not a gateway whose upstream answered badly from the client's point of view.
  delivery_failed: 503,
  bad_gateway: 502,
  gateway_timeout: 504,
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

/** The RFC 9457 `title` of each code: English, for developers; people read the web's localized text instead. */
export const problemTitles: Record<TProblemCode, string> = {
  'validation.failed': 'The request is not valid',
  'auth.required': 'Sign in to continue',
  'auth.invalid_credentials': 'Wrong login or password',
  'auth.locked': 'Too many attempts',
  'auth.step_up_required': 'Too many attempts; confirm with a one-time code',
  'auth.blocked': 'The account is blocked',
  'auth.account_exists': 'An account already exists',
  'auth.code_invalid': 'The code is not valid',
  'auth.code_expired': 'The code has expired',
  forbidden: 'Access denied',
  not_found: 'Not found',
  conflict: 'Conflict',
  rate_limited: 'Too many requests',
  bad_request: 'The request could not be read',
  method_not_allowed: 'The method is not served here',
  payload_too_large: 'The request body is too large',
  uri_too_long: 'The URL is too long',
  headers_too_large: 'The request headers are too large',
  request_timeout: 'The request did not arrive in time',
  unsupported_media_type: 'Unsupported content type',
  'tasks.daily_limit': 'Daily task limit reached',
  'tasks.duplicate': 'The same task was already published',
  'tasks.search_busy': 'The search is busy',
  'subscriptions.required': 'An active subscription is required',
  'subscriptions.daily_limit': 'Daily response limit reached',
  'subscriptions.trial_used': 'The free trial has already been used',
  'subscriptions.phone_required': 'A verified phone number is required',
  'tasks.not_open': 'The task is no longer open',
  'tasks.owner_blocked': 'The task’s customer is blocked',
  'plans.inactive': 'The plan is not on sale',
  'plans.code_taken': 'The plan code is taken',
  'catalog.slug_taken': 'The category slug is taken',
  'portfolio.full': 'The portfolio is full',
  'complaints.already_reported': 'Already reported',
  'balance.insufficient': 'Not enough money on the balance',
  'payments.method_unavailable': 'This way to pay is not available',
  'payments.acquirer_unavailable': 'The bank is not answering',
  'payments.acquirer_refused': 'The bank refused',
  'idempotency.key_reused': 'The Idempotency-Key was already used for another request',
  'idempotency.in_progress': 'A request with this Idempotency-Key is still in progress',
  maintenance: 'Maintenance in progress',
  service_unavailable: 'Service temporarily unavailable',
  delivery_failed: 'The message could not be sent',
  bad_gateway: 'The service gave no answer',
  gateway_timeout: 'The service did not answer in time',
  internal: 'Something went wrong',
};

export const problemContentType = 'application/problem+json; charset=utf-8';

/**
 * The one shape every error leaves in, from the API and from the web origin alike. `instance` is the path
 * without its query (the query may hold what a person typed).
 */
export function problemDocument(
  code: TProblemCode,
  { instance, detail, ...extra }: { instance?: string; detail?: string } & Pick<TProblem, 'errors' | 'retryAfter' | 'stepUp'> = {},
): TProblem {
  return {
    type: `https://dastiyor.tj/problems/${code}`,
    title: problemTitles[code],
    status: problemStatus[code],
    code,
    ...(detail ? { detail } : {}),
    ...(instance !== undefined ? { instance } : {}),
    ...extra,
  };
}
