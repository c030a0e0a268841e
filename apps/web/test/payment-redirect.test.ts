import { describe, expect, it } from 'vitest';
import { paymentTarget } from '../src/lib/payment-redirect';

const page = 'https://dastiyor.tj';
const payOrigins = ['https://dastiyor.tj', 'https://web.alif.tj'];

describe('paymentTarget', () => {
  it("opens the acquirer's page when its origin is one the API listed", () => {
    expect(paymentTarget('https://web.alif.tj/pay?token=abc', page, payOrigins)).toEqual({
      kind: 'acquirer',
      url: 'https://web.alif.tj/pay?token=abc',
    });
  });

  it('keeps our own pages in the app, without the origin, so the locale router can prefix them', () => {
    expect(paymentTarget('https://dastiyor.tj/payments/sandbox/123', page, payOrigins)).toEqual({
      kind: 'page',
      path: '/payments/sandbox/123',
    });
    expect(paymentTarget('/subscription?payment=succeeded', page, [])).toEqual({ kind: 'page', path: '/subscription?payment=succeeded' });
  });

  it("keeps our pages in the app when the API's public URL spells this origin differently", () => {
    expect(paymentTarget('http://127.0.0.1:3000/payments/return/9', 'http://localhost:3000', ['http://127.0.0.1:3000'])).toEqual({
      kind: 'page',
      path: '/payments/return/9',
    });
  });

  it('refuses an origin the API did not list, a look-alike host included', () => {
    expect(paymentTarget('https://evil.example/pay', page, payOrigins)).toEqual({ kind: 'refused' });
    expect(paymentTarget('https://web.alif.tj.evil.example/pay', page, payOrigins)).toEqual({ kind: 'refused' });
    expect(paymentTarget('//evil.example/pay', page, payOrigins)).toEqual({ kind: 'refused' });
  });

  it('refuses scripts and other schemes', () => {
    expect(paymentTarget('javascript:alert(1)', page, payOrigins)).toEqual({ kind: 'refused' });
    expect(paymentTarget('data:text/html,hi', page, payOrigins)).toEqual({ kind: 'refused' });
  });
});
