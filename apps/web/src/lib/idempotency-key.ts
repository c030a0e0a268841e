// One Idempotency-Key per user action: the same action sent again (a retry after a lost answer) carries the same
// key, so the API repeats its first answer instead of creating a second task, message or payment.

export { idempotencyKeyHeader } from '@dastiyor/contracts/values';

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The part of `crypto` a key needs; `randomUUID` is missing outside secure contexts. */
export interface KeyRandomness {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost), and a phone may open
 * the site over plain HTTP on a LAN address, so the key is built from `getRandomValues` there.
 */
export function newIdempotencyKey(source: KeyRandomness = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Whether the API kept this answer for the key (see the API's platform/http/idempotency.ts): success and the
 * client's own mistakes are kept, so the next press is a new action with a new key. No answer, a 5xx, 401, 408,
 * 429 or "still in progress" are not: pressing again is a retry of the same action and reuses the key.
 */
export function answerSettlesKey(status: number, code: string): boolean {
  if (status >= 200 && status < 300) return true;
  if (status < 400 || status >= 500 || status === 401 || status === 408 || status === 429) return false;
  return code !== 'idempotency.in_progress';
}

/** Actions still waiting for a settling answer, oldest first; a handful at most in practice. */
const openActions = new Map<string, string>();
const maxOpenActions = 50;

/** The key for an action, described by what it sends (method, path, body): the same as last time until settled. */
export function idempotencyKeyFor(action: string): string {
  const open = openActions.get(action);
  if (open) return open;
  const key = newIdempotencyKey();
  openActions.set(action, key);
  if (openActions.size > maxOpenActions) openActions.delete(openActions.keys().next().value!);
  return key;
}

/** Called with the answer to an action: once the API has kept an answer, the next press is a new action. */
export function settleIdempotencyKey(action: string, status: number, code: string): void {
  if (answerSettlesKey(status, code)) openActions.delete(action);
}
