// Plain values of the idempotency contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** The request header a creating POST reads (RFC draft "The Idempotency-Key HTTP Header Field"). */
export const idempotencyKeyHeader = 'idempotency-key';

/** Set on an answer that repeats the stored first answer instead of running the request again. */
export const idempotentReplayedHeader = 'idempotent-replayed';

export const idempotencyRules = {
  maxKeyLength: 255,
  /** How long a key is remembered; after that the same key starts a new request. */
  ttlHours: 24,
} as const;
