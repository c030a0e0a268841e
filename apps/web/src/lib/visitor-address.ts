import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';

// Who is the visitor? Decided once per request where the connection is known (visitor-address-hook.ts), with
// the same library and the same TRUST_PROXY meaning as the API's Fastify `trustProxy`; see
// docs/decisions/009-visitor-address-through-the-proxy-chain.md.

/** Whether the hop at `address` may speak for the one before it (`hop` 0 is the connection itself). */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as the API reads it: `true` (every hop), `false` (none: the connection is the visitor), or a
 * comma-separated list of addresses, CIDRs and the names `loopback`, `linklocal`, `uniquelocal`. Unset means
 * `loopback`. A malformed list throws, so a typo stops the process at start instead of trusting nobody quietly.
 */
export function compileTrustProxy(setting: string | undefined): TrustProxy {
  const value = setting?.trim() || 'loopback';
  if (value === 'true') return () => true;
  if (value === 'false') return () => false;
  return proxyAddr.compile(value.split(',').map((entry) => entry.trim()));
}

/**
 * One spelling per address, so that one visitor is one rate-limit bucket: IPv4-mapped IPv6 (`::ffff:1.2.3.4`,
 * what a dual-stack socket reports) becomes plain IPv4, IPv6 is lower-cased and zero-compressed. Null for
 * anything that is not an IP address.
 */
export function normalizeAddress(raw: string): string | null {
  const address = raw.trim();
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    // A zone id (fe80::1%eth0) is valid for a socket but not in a URL; it is one host either way.
    return address.toLowerCase();
  }
}

/**
 * The visitor's address: walking X-Forwarded-For from the right, each hop is believed about the one before it
 * only while it is trusted, exactly as the API does. A trusted hop that handed over garbage is itself taken as
 * the visitor. Null only when the connection's own address is unknown (a socket already closed).
 */
export function visitorAddress(
  connection: { peer: string | undefined; forwardedFor: string | undefined },
  trust: TrustProxy,
): string | null {
  if (!connection.peer) return null;
  // proxy-addr reads an IncomingMessage; these two fields are all it looks at.
  const request = { socket: { remoteAddress: connection.peer }, headers: { 'x-forwarded-for': connection.forwardedFor } };
  const chain = proxyAddr.all(request as unknown as Parameters<typeof proxyAddr.all>[0], trust);
  for (let hop = chain.length - 1; hop >= 0; hop--) {
    const address = normalizeAddress(chain[hop]!);
    if (address) return address;
  }
  return null;
}

/** The one address X-Forwarded-For may carry once the hook has rewritten it; null for a chain or garbage. */
export function singleForwardedAddress(forwardedFor: string | null | undefined): string | null {
  if (!forwardedFor || forwardedFor.includes(',')) return null;
  return normalizeAddress(forwardedFor);
}
