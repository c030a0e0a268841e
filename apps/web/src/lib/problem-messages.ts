import type { ClientProblem } from './problem-client';

/** Keys of the `Problems` catalog namespace that this mapping may pick. */
export type FieldMessageKey =
  | 'required'
  | 'invalid'
  | 'tooLong'
  | 'contactRequired'
  | 'invalidPhone'
  | 'invalidEmail'
  | 'phoneExists'
  | 'emailExists'
  | 'passwordShort'
  | 'passwordLong'
  | 'passwordWeak'
  | 'passwordPersonal'
  | 'nameShort'
  | 'codeFormat'
  | 'codeInvalid'
  | 'codeExpired'
  | 'signupNotFound'
  | 'roleRequired'
  | 'loginRequired'
  | 'invalidLogin'
  | 'passwordWrong'
  | 'invalidCharacters';
export type ProblemMessageKey =
  | 'network'
  | 'unknown'
  | 'unavailable'
  | 'deliveryFailed'
  | 'validation'
  | 'forbidden'
  | 'sessionExpired'
  | 'invalidCredentials'
  | 'locked'
  | 'stepUpRequired'
  | 'blocked'
  | 'rateLimitedSeconds'
  | 'rateLimitedMinutes'
  | 'rateLimitedLater'
  | 'accountExists'
  | 'notFound'
  | 'conflict'
  | 'taskNotOpen'
  | 'payloadTooLarge'
  | 'requestTooLong'
  | 'unsupportedMediaType'
  | 'maintenance'
  | 'searchBusy'
  | 'subscriptionRequired'
  | 'inProgress'
  | 'keyReused'
  | 'paymentMethodUnavailable'
  | 'acquirerUnavailable'
  | 'acquirerRefused'
  | 'acquirerRefusedBecause'
  | `fields.${FieldMessageKey}`;

/** `t` of `useTranslations('Problems')`, or anything with the same shape (tests). */
export type ProblemTranslator = (key: ProblemMessageKey, values?: Record<string, number | string>) => string;

/** What a form shows: messages next to the fields it has, and one alert for everything else. */
export interface FormFeedback<F extends string> {
  fields: Partial<Record<F, string>>;
  alert: string | null;
}

const passwordFields = new Set(['password', 'newPassword']);

/** The message for one field error, chosen by the field and the API's machine-readable reason. */
export function fieldMessageKey(field: string, code: string): FieldMessageKey {
  switch (code) {
    case 'invalid_phone':
      return 'invalidPhone';
    case 'password_weak':
      return 'passwordWeak';
    case 'password_personal':
      return 'passwordPersonal';
    case 'account_exists':
      return field === 'email' ? 'emailExists' : 'phoneExists';
    case 'code_invalid':
      return 'codeInvalid';
    case 'code_expired':
      return 'codeExpired';
    // The API's text boundary: a control character or a broken surrogate, usually pasted in unseen.
    case 'invalid_characters':
      return 'invalidCharacters';
    case 'no_pending_signup':
      return 'signupNotFound';
    case 'invalid_login':
      return 'invalidLogin';
    // A step-up sign-in: the code was right, the password typed with it was not.
    case 'wrong_password':
      return 'passwordWrong';
    case 'invalid_format':
    case 'invalid_string':
      if (field === 'email') return 'invalidEmail';
      if (field === 'phone') return 'invalidPhone';
      if (field === 'code') return 'codeFormat';
      return 'invalid';
    case 'too_small':
      if (passwordFields.has(field)) return 'passwordShort';
      if (field === 'name') return 'nameShort';
      if (field === 'phone') return 'invalidPhone';
      if (field === 'code') return 'codeFormat';
      if (field === 'login') return 'loginRequired';
      return 'required';
    case 'too_big':
      return passwordFields.has(field) ? 'passwordLong' : 'tooLong';
    // The "email or phone, exactly one" rule of the auth requests.
    case 'custom':
      return field === 'email' || field === 'phone' ? 'contactRequired' : 'invalid';
    case 'invalid_type':
    case 'required':
      return 'required';
    default:
      return 'invalid';
  }
}

/** The one sentence for a whole failed request, by the API's problem code; unknown codes get a generic apology. */
export function problemMessage(problem: ClientProblem, t: ProblemTranslator): string {
  const { code, retryAfter, detail } = problem;
  switch (code) {
    case 'network':
      return t('network');
    case 'validation.failed':
      return t('validation');
    case 'auth.invalid_credentials':
      return t('invalidCredentials');
    case 'auth.locked':
      return t('locked', { minutes: Math.max(1, Math.ceil((retryAfter ?? 900) / 60)) });
    case 'auth.step_up_required':
      return t('stepUpRequired');
    case 'auth.blocked':
      return t('blocked');
    case 'auth.required':
      return t('sessionExpired');
    case 'auth.account_exists':
      return t('accountExists');
    case 'auth.code_invalid':
      return t('fields.codeInvalid');
    case 'auth.code_expired':
      return t('fields.codeExpired');
    case 'rate_limited':
    case 'subscriptions.daily_limit':
    case 'tasks.daily_limit':
      if (retryAfter === null || retryAfter > 3600) return t('rateLimitedLater');
      if (retryAfter < 60) return t('rateLimitedSeconds', { seconds: Math.max(1, retryAfter) });
      return t('rateLimitedMinutes', { minutes: Math.ceil(retryAfter / 60) });
    case 'subscriptions.required':
      return t('subscriptionRequired');
    case 'idempotency.in_progress':
      return t('inProgress');
    case 'idempotency.key_reused':
      return t('keyReused');
    case 'not_found':
      return t('notFound');
    // Their own screens say more (the trial, the portfolio, a report); elsewhere they read as a conflict.
    case 'tasks.not_open':
      return t('taskNotOpen');
    case 'conflict':
    case 'plans.code_taken':
    case 'catalog.slug_taken':
    case 'subscriptions.trial_used':
    case 'portfolio.full':
    case 'complaints.already_reported':
      return t('conflict');
    // Forms send JSON, so for them this is too much text; upload fields say "file too large" themselves.
    case 'payload_too_large':
      return t('payloadTooLarge');
    case 'uri_too_long':
    case 'headers_too_large':
      return t('requestTooLong');
    case 'request_timeout':
      return t('network');
    case 'unsupported_media_type':
      return t('unsupportedMediaType');
    case 'maintenance':
      return t('maintenance');
    case 'service_unavailable':
    case 'bad_gateway':
    case 'gateway_timeout':
      return t('unavailable');
    case 'tasks.search_busy':
      return t('searchBusy');
    // The email or SMS could not be sent; nothing was used up, so asking again soon is fine.
    case 'delivery_failed':
      return t('deliveryFailed');
    // The terminal stopped taking this way to pay since the page was loaded: choose another.
    case 'payments.method_unavailable':
      return t('paymentMethodUnavailable');
    // The bank did not answer: nothing was charged (or refunded), so trying again is safe.
    case 'payments.acquirer_unavailable':
      return t('acquirerUnavailable');
    // Only admins meet this (a refund); the bank's own words help them decide what to do next.
    case 'payments.acquirer_refused':
      return detail ? t('acquirerRefusedBecause', { reason: detail }) : t('acquirerRefused');
    case 'forbidden':
    case 'subscriptions.phone_required':
      return t('forbidden');
    default:
      return t('unknown');
  }
}

/**
 * Turns a failed API call into localized feedback. A field error lands next to its field when the form
 * shows that field (`errors[].path` is `body.<field>`); anything else becomes the alert, so the API's
 * English text never reaches a person.
 */
export function describeFailure<F extends string>(
  problem: ClientProblem,
  t: ProblemTranslator,
  shownFields: readonly F[],
): FormFeedback<F> {
  const fields: Partial<Record<F, string>> = {};
  let unplaced: string | null = null;
  for (const [field, code] of Object.entries(problem.fieldErrors)) {
    const message = t(`fields.${fieldMessageKey(field, code)}`);
    if ((shownFields as readonly string[]).includes(field)) {
      const key = field as F;
      fields[key] ??= message;
    } else {
      unplaced ??= message;
    }
  }
  const placedAny = Object.keys(fields).length > 0;
  const alert = unplaced ?? (placedAny ? null : problemMessage(problem, t));
  return { fields, alert };
}
