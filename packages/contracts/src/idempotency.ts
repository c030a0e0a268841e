import { z } from 'zod';
import { idempotencyKeyHeader, idempotencyRules } from './values/idempotency';

/** 1–255 printable ASCII characters (a UUID is the usual choice); the header's value as sent, unquoted. */
export const ZIdempotencyKey = z
  .string()
  .min(1)
  .max(idempotencyRules.maxKeyLength)
  .regex(/^[\x20-\x7e]+$/, 'printable ASCII only');

/**
 * Headers of every creating POST: one schema, so each route documents the header the same way. Loose, so
 * validating it keeps the other headers (cookie, content-type, user-agent) on the request.
 */
export const ZIdempotencyHeaders = z.looseObject({
  [idempotencyKeyHeader]: ZIdempotencyKey.optional().describe(
    'One key per user action (e.g. a UUID). The same key from the same account within 24 h returns the first ' +
      'answer (same status and body, with `Idempotent-Replayed: true`) and creates nothing new; the same key with a ' +
      'different request answers 422 `idempotency.key_reused`; while the first is still running, 409 ' +
      '`idempotency.in_progress` with Retry-After.',
  ),
});
