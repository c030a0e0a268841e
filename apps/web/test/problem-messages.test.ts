import { describe, expect, it } from 'vitest';
import { networkProblem, problemFromBody } from '../src/lib/problem-client';
import { describeFailure, fieldMessageKey, type ProblemTranslator } from '../src/lib/problem-messages';

// Echoes the key and its values, so the tests read which message was chosen.
const t: ProblemTranslator = (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key);
// Through the same parser the browser client uses, from a body shaped as the API sends it.
const problem = (code: string, extra: { errors?: Array<{ path: string; code: string }>; retryAfter?: number } = {}) =>
  problemFromBody(400, { code, retryAfter: extra.retryAfter, errors: extra.errors?.map((e) => ({ ...e, message: 'English text' })) });

describe('describeFailure', () => {
  it('puts field errors next to the fields the form shows', () => {
    const failure = problem('validation.failed', {
      errors: [
        { path: 'body.phone', code: 'invalid_phone' },
        { path: 'body.password', code: 'password_weak' },
      ],
    });
    expect(describeFailure(failure, t, ['phone', 'password'])).toEqual({
      fields: { phone: 'fields.invalidPhone', password: 'fields.passwordWeak' },
      alert: null,
    });
  });

  it('turns an error for a field the form does not show into the alert', () => {
    const failure = problem('auth.account_exists', { errors: [{ path: 'body.email', code: 'account_exists' }] });
    expect(describeFailure(failure, t, ['code'])).toEqual({ fields: {}, alert: 'fields.emailExists' });
  });

  it('explains a lock in minutes, rounded up', () => {
    expect(describeFailure(problem('auth.locked', { retryAfter: 61 }), t, []).alert).toBe('locked {"minutes":2}');
  });

  it("says a locked login needs a code, and puts a step-up's wrong password on the password field", () => {
    expect(describeFailure(problem('auth.step_up_required', { retryAfter: 600 }), t, []).alert).toBe('stepUpRequired');
    const wrongPassword = problem('auth.invalid_credentials', { errors: [{ path: 'body.password', code: 'wrong_password' }] });
    expect(describeFailure(wrongPassword, t, ['code', 'password'])).toEqual({ fields: { password: 'fields.passwordWrong' }, alert: null });
  });

  it('explains rate limits in seconds, minutes or hours', () => {
    expect(describeFailure(problem('rate_limited', { retryAfter: 42 }), t, []).alert).toBe('rateLimitedSeconds {"seconds":42}');
    expect(describeFailure(problem('rate_limited', { retryAfter: 600 }), t, []).alert).toBe('rateLimitedMinutes {"minutes":10}');
    expect(describeFailure(problem('rate_limited', { retryAfter: 86_400 }), t, []).alert).toBe('rateLimitedLater');
  });

  it('says the code could not be sent when the email or SMS transport failed, not that the service is down', () => {
    const failure = problemFromBody(503, { code: 'delivery_failed', retryAfter: 30 });
    expect(describeFailure(failure, t, ['email', 'code']).alert).toBe('deliveryFailed');
  });

  it('says a search by spelling is busy, not that the whole service is down', () => {
    expect(describeFailure(problemFromBody(503, { code: 'tasks.search_busy', retryAfter: 1 }), t, []).alert).toBe('searchBusy');
  });

  it('says a form sent too much text when the body was refused with 413, and a URL was too long for 414 and 431', () => {
    expect(describeFailure(problemFromBody(413, { code: 'payload_too_large' }), t, ['description']).alert).toBe('payloadTooLarge');
    expect(describeFailure(problemFromBody(414, { code: 'uri_too_long' }), t, []).alert).toBe('requestTooLong');
    expect(describeFailure(problemFromBody(431, { code: 'headers_too_large' }), t, []).alert).toBe('requestTooLong');
  });

  it('says the service is unavailable when the origin got no answer from the API (502, 504)', () => {
    expect(describeFailure(problemFromBody(502, { code: 'bad_gateway' }), t, []).alert).toBe('unavailable');
    expect(describeFailure(problemFromBody(504, { code: 'gateway_timeout' }), t, []).alert).toBe('unavailable');
  });

  it('has a message for no connection and for codes it does not know', () => {
    expect(describeFailure(networkProblem, t, []).alert).toBe('network');
    expect(describeFailure(problem('something.new'), t, []).alert).toBe('unknown');
  });
});

describe('fieldMessageKey', () => {
  it('reads the same reason differently per field', () => {
    expect(fieldMessageKey('password', 'too_small')).toBe('passwordShort');
    expect(fieldMessageKey('name', 'too_small')).toBe('nameShort');
    expect(fieldMessageKey('email', 'invalid_format')).toBe('invalidEmail');
    expect(fieldMessageKey('code', 'invalid_format')).toBe('codeFormat');
    expect(fieldMessageKey('phone', 'account_exists')).toBe('phoneExists');
  });

  it('names invisible characters, whatever the field, when the API refuses a control character', () => {
    expect(fieldMessageKey('title', 'invalid_characters')).toBe('invalidCharacters');
    expect(fieldMessageKey('email', 'invalid_characters')).toBe('invalidCharacters');
  });
});

describe('payment problems', () => {
  it('says the bank did not answer, and that a refused refund carries the bank’s words', () => {
    expect(describeFailure(problem('payments.acquirer_unavailable'), t, []).alert).toBe('acquirerUnavailable');
    expect(describeFailure(problem('payments.method_unavailable'), t, []).alert).toBe('paymentMethodUnavailable');
    const refused = problemFromBody(409, { code: 'payments.acquirer_refused', detail: 'Alif refused the refund: 42 too late' });
    expect(describeFailure(refused, t, []).alert).toBe('acquirerRefusedBecause {"reason":"Alif refused the refund: 42 too late"}');
    expect(describeFailure(problemFromBody(409, { code: 'payments.acquirer_refused' }), t, []).alert).toBe('acquirerRefused');
  });

  it('keeps no detail for other problems, whose detail is English for developers', () => {
    expect(problemFromBody(404, { code: 'not_found', detail: 'No such payment' }).detail).toBeUndefined();
  });
});
