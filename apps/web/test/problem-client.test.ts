import { describe, expect, it } from 'vitest';
import { fieldErrorFor, itemErrorsFor, problemFromBody } from '../src/lib/problem-client';

describe('problemFromBody', () => {
  it('keeps the code and the first reason per field, without the body. prefix', () => {
    const problem = problemFromBody(400, {
      code: 'validation.failed',
      errors: [
        { path: 'body.cityId', code: 'unknown_city', message: 'No such city' },
        { path: 'body.districtIds.1', code: 'district_outside_city', message: '…' },
        { path: 'body.cityId', code: 'invalid_format', message: '…' },
      ],
    });
    expect(problem).toEqual({
      status: 400,
      code: 'validation.failed',
      fieldErrors: { cityId: 'unknown_city', 'districtIds.1': 'district_outside_city' },
      retryAfter: null,
    });
  });

  it('takes retryAfter from the body, or else from the Retry-After header', () => {
    expect(problemFromBody(429, { code: 'rate_limited', retryAfter: 42 }).retryAfter).toBe(42);
    expect(problemFromBody(429, { code: 'rate_limited' }, '60').retryAfter).toBe(60);
  });

  it('keeps the step-up channels of a locked login and drops malformed ones', () => {
    const problem = problemFromBody(429, {
      code: 'auth.step_up_required',
      retryAfter: 840,
      stepUp: { channels: [{ channel: 'sms', destination: '+992 ***-**-67' }, { channel: 'fax', destination: 1 }, 'email'] },
    });
    expect(problem).toMatchObject({ code: 'auth.step_up_required', retryAfter: 840 });
    expect(problem.stepUp).toEqual([{ channel: 'sms', destination: '+992 ***-**-67' }]);
    expect(problemFromBody(429, { code: 'auth.step_up_required', stepUp: { channels: 'sms' } }).stepUp).toBeUndefined();
  });

  it('reads a body that is not a problem as "service unavailable" from a gateway, "unknown" otherwise', () => {
    expect(problemFromBody(502, undefined)).toEqual({ status: 502, code: 'service_unavailable', fieldErrors: {}, retryAfter: null });
    expect(problemFromBody(400, '<html>')).toEqual({ status: 400, code: 'unknown', fieldErrors: {}, retryAfter: null });
  });
});

describe('field lookups', () => {
  const errors = {
    name: 'too_small',
    'skills.2': 'too_big',
    'districtIds.0': 'unknown_district',
    'districtIds.3': 'district_outside_city',
  };

  it('finds a reason for the field itself or for one of its items', () => {
    expect(fieldErrorFor(errors, 'name')).toBe('too_small');
    expect(fieldErrorFor(errors, 'skills')).toBe('too_big');
    expect(fieldErrorFor(errors, 'cityId')).toBeUndefined();
  });

  it('lists the refused items of a list field by index', () => {
    expect(itemErrorsFor(errors, 'districtIds')).toEqual([
      { index: 0, code: 'unknown_district' },
      { index: 3, code: 'district_outside_city' },
    ]);
  });
});
