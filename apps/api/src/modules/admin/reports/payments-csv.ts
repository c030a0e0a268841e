import { Readable } from 'node:stream';
import type { TAdminPaymentItem } from '@dastiyor/contracts';

const header = [
  'id',
  'created_at',
  'paid_at',
  'refunded_at',
  'status',
  'purpose',
  'plan',
  'amount_tjs',
  'currency',
  'provider',
  'method',
  'user_id',
  'user_name',
  'user_phone',
  'user_email',
  'failure_reason',
  'transaction_id',
];

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A name that a spreadsheet
 * would run as a formula (=, @, or + - not followed by a digit) gets a leading apostrophe; "+992…" phones stay as they are.
 */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const safe = /^([=@\t\r]|[+-](?!\d))/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Diram as TJS with two decimals and a dot, whatever the locale: "1500.00". */
export const tjs = (diram: number) => (diram / 100).toFixed(2);

export function csvRow(p: TAdminPaymentItem): string {
  return [
    p.id,
    p.createdAt,
    p.paidAt,
    p.refundedAt,
    p.status,
    p.purpose,
    p.plan?.code ?? null,
    tjs(p.amount),
    p.currency,
    p.provider,
    p.method,
    p.user.id,
    p.user.name,
    p.user.phone,
    p.user.email,
    p.failureReason,
    p.transactionId,
  ]
    .map(csvField)
    .join(',');
}

/** A UTF-8 CSV with a BOM (so Excel reads Cyrillic), CRLF line ends, one header row, written a page at a time. */
export function paymentsCsvStream(pages: AsyncIterable<TAdminPaymentItem[]>): Readable {
  async function* lines() {
    yield `\uFEFF${header.join(',')}\r\n`;
    for await (const page of pages) yield page.map((p) => `${csvRow(p)}\r\n`).join('');
  }
  return Readable.from(lines());
}
