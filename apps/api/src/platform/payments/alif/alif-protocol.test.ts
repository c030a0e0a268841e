import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { alifAmount, alifSecret, alifSigned, alifToken, diramOf, statusOf } from './alif-protocol.js';

describe('the Alif protocol sheet, as the adapter reads it', () => {
  it('signs with a secret keyed by the terminal id, then the data keyed by the secret (hex)', () => {
    const secret = createHmac('sha256', 'T-1').update('pw').digest('hex');
    expect(alifSecret('T-1', 'pw')).toBe(secret);
    const data = alifSigned.start('T-1', 'order-1', '150.00', 'https://dastiyor.tj/cb');
    expect(data).toBe('T-1order-1150.00https://dastiyor.tj/cb');
    expect(alifToken(secret, data)).toBe(createHmac('sha256', secret).update(data).digest('hex'));
    expect(alifSigned.check('T-1', 'order-1')).toBe('T-1order-1');
    expect(alifSigned.cancel('T-1', '777', '150.00')).toBe('T-1777150.00');
    expect(alifSigned.callback('order-1', 'ok', '777')).toBe('order-1ok777');
  });

  it('writes diram as somoni with exactly two decimals, and reads the bank’s amounts back', () => {
    expect([15_000, 12_345, 5, 100, 0].map(alifAmount)).toEqual(['150.00', '123.45', '0.05', '1.00', '0.00']);
    expect([150, '150.00', '150.5', 123.45, ' 99 '].map(diramOf)).toEqual([15_000, 15_000, 15_050, 12_345, 9_900]);
    expect(['-1', '1.234', 'abc', '', null, {}, 1e21].map(diramOf)).toEqual([null, null, null, null, null, null, null]);
  });

  it('maps the bank’s statuses to ours and leaves the unknown ones unknown', () => {
    expect(['ok', 'approved', 'failed', 'canceled', 'pending', 'to_approve', 'not found', 'partially_canceled'].map(statusOf)).toEqual([
      'succeeded',
      'succeeded',
      'failed',
      'failed',
      'pending',
      'pending',
      'unknown',
      'unknown',
    ]);
  });
});
