// Alif Acquiring (WebCheckout): every protocol detail of the bank, and only here. The facts come from
// Alif's public integration examples (see ../shared/payments-alif.md, "where the sources disagree");
// a merchant correcting one from the bank's own documentation changes this file and nothing else.
import { createHmac } from 'node:crypto';
import type { TPaymentMethodId } from '@dastiyor/contracts';
import { z } from 'zod';
import type { AcquirerStatus } from '../payment-provider.js';

export const alifPaths = { start: '/v2/', check: '/checktxn', cancel: '/cancel/standard' } as const;

/** The bank's gates and the method each one is to a payer; the first configured gate of a method is used. */
export const alifGateMethods: Record<string, TPaymentMethodId> = {
  korti_milli: 'korti_milli',
  wallet: 'alif_mobi',
  vsa: 'visa_mastercard',
  mcr: 'visa_mastercard',
  cybersource_checkout: 'visa_mastercard',
};

/** secret = HMAC_SHA256(key = terminal id, message = password), hex; token = HMAC_SHA256(key = secret, message = data), hex. */
export function alifSecret(terminalId: string, password: string): string {
  return createHmac('sha256', terminalId).update(password).digest('hex');
}
export function alifToken(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('hex');
}

/** What each call signs: plain concatenations, no separators. */
export const alifSigned = {
  start: (terminalId: string, orderId: string, amount: string, callbackUrl: string) => terminalId + orderId + amount + callbackUrl,
  check: (terminalId: string, orderId: string) => terminalId + orderId,
  cancel: (terminalId: string, transactionId: string, amount: string) => terminalId + transactionId + amount,
  /** The 2018 manual's callback token; the bank's newer examples do not verify one at all. */
  callback: (orderId: string, status: string, transactionId: string) => orderId + status + transactionId,
};

/** Diram 15000 → "150.00": somoni with exactly two decimals, in integers (no float rounding). */
export function alifAmount(diram: number): string {
  return `${Math.floor(diram / 100)}.${String(diram % 100).padStart(2, '0')}`;
}

/** "150.00", 150 or 150.5 → diram; null for anything else (negative, more than two decimals, not a number). */
export function diramOf(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The bank's statuses in our words. A marketplace terminal's partial states are not ours to act on. */
export function statusOf(alifStatus: string): AcquirerStatus {
  switch (alifStatus.trim().toLowerCase()) {
    case 'ok':
    case 'approved':
      return 'succeeded';
    case 'failed':
    case 'canceled':
    case 'cancelled':
      // Nothing was charged (or it was given back): a payment we hold as paid ignores a late one.
      return 'failed';
    case 'pending':
    case 'to_approve':
      return 'pending';
    default:
      return 'unknown';
  }
}

/** Payments are in somoni; the callback and the status call name no currency. */
export const alifCurrency = 'TJS';

const ZId = z.union([z.string(), z.number()]).transform(String);

/** `POST /v2/` answer: `code` 200 and a `url` means accepted; any other code (208: repeated order) is a refusal. */
export const ZAlifStartAnswer = z.looseObject({ code: z.coerce.number(), message: z.string().nullish(), url: z.string().nullish() });

/** `POST /checktxn` answer, or `{ status: "not found" }`. The 2018 manual's spelling of the order id is accepted too. */
export const ZAlifCheckAnswer = z.looseObject({
  status: z.string(),
  orderId: ZId.nullish(),
  order_id: ZId.nullish(),
  transactionId: ZId.nullish(),
  amount: z.union([z.string(), z.number()]).nullish(),
});

/** `POST /cancel/standard` answer: refused unless HTTP 2xx and (no code, or 200) and not a failed status. */
export const ZAlifCancelAnswer = z.looseObject({
  code: z.coerce.number().nullish(),
  message: z.string().nullish(),
  status: z.string().nullish(),
});

/** The callback the bank posts to our callback_url. */
export const ZAlifCallback = z.looseObject({
  orderId: ZId,
  transactionId: ZId,
  status: z.string().min(1).max(40),
  token: z.string().nullish(),
  amount: z.union([z.string(), z.number()]).nullish(),
});

/** What we answer a stored callback with. */
export const alifCallbackAnswer = { contentType: 'text/plain; charset=utf-8', body: 'OK' };
