import { z } from 'zod';
import { AcquirerMethodChoice } from './subscriptions';

export const BalanceEntryKind = ['top_up', 'charge', 'refund'] as const;

/** One ledger line: credit > 0, charge < 0, in diram. */
export const ZBalanceEntry = z.object({
  id: z.uuid(),
  kind: z.enum(BalanceEntryKind),
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  paymentId: z.uuid().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TBalanceEntry = z.infer<typeof ZBalanceEntry>;

/** `GET /me/balance`: the balance in diram and the ledger, newest first (keyset). */
export const ZMyBalance = z.object({
  balance: z.number().int(),
  items: z.array(ZBalanceEntry),
  nextCursor: z.string().nullable(),
});
export type TMyBalance = z.infer<typeof ZMyBalance>;

/** Top-up through the acquirer: 1 to 10,000 TJS, in diram. */
export const ZTopUpRequest = z.object({
  amount: z.number().int().min(100).max(1_000_000),
  method: z.enum(AcquirerMethodChoice).default('card'),
});
export type TTopUpRequest = z.infer<typeof ZTopUpRequest>;
export const ZTopUpResponse = z.object({ paymentId: z.uuid(), redirectUrl: z.string() });
