import { createHash } from 'node:crypto';

/**
 * Deeper than any body a route takes (the contracts nest a few levels). The canonical form recurses
 * (JSON.stringify with a replacer overflows the stack near 3000 levels), so deeper bodies stop here.
 */
export const maxFingerprintDepth = 64;

/** Whether arrays and objects in `value` nest deeper than `max`, walked without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** JSON with object keys sorted at every level, so `{a, b}` and `{b, a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * What makes two requests "the same" for one key: method, the URL as sent (path with its ids, and query) and
 * the parsed body in canonical form. A multipart upload has no parsed body at this point (the file is streamed
 * by the handler), so an upload is fingerprinted by method and URL only.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method}\n${url}\n${canonicalJson(body)}`)
    .digest('hex');
}
