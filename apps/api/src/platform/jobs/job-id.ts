import { createHash } from 'node:crypto';

/**
 * A job id derived from what the job is for (e.g. `push:<notification id>`): pg-boss keys jobs by
 * (queue, id) and inserts with ON CONFLICT DO NOTHING, so queueing the same thing twice while the
 * first is still in the job table adds nothing. (A `singletonKey` does not deduplicate on a standard
 * queue.) Shaped as an RFC 9562 version 8 UUID: custom bits, valid everywhere a uuid is.
 */
export function stableJobId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
