import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Every address a host name resolves to; injectable so tests need no network. */
export type ResolveHost = (host: string) => Promise<readonly { address: string }[]>;

const lookupTimeoutMs = 5_000;

/** The system resolver (getaddrinfo, as fetch itself uses), all addresses, bounded in time. */
export const systemResolveHost: ResolveHost = async (host) => {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      lookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`resolving ${host} took over ${lookupTimeoutMs} ms`)), lookupTimeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Whether an address is ordinary public unicast. Everything ipaddr.js names a special range is
 * refused: private, loopback, link-local, unspecified, CGNAT, multicast, broadcast, unique-local,
 * reserved, and the IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo) — an
 * IPv4-mapped address is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** Why a push host was refused; null when every address it resolves to is public. */
export async function refusePushHost(hostname: string, resolve: ResolveHost): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) return isPublicAddress(host) ? null : `${host} is not a public address`;
  let addresses: readonly { address: string }[];
  try {
    addresses = await resolve(host);
  } catch (err) {
    return `${host} does not resolve (${err instanceof Error ? err.message : String(err)})`;
  }
  if (addresses.length === 0) return `${host} does not resolve`;
  // One private answer is enough: the connection may pick any of them.
  const bad = addresses.find((a) => !isPublicAddress(a.address));
  return bad ? `${host} resolves to ${bad.address}, not a public address` : null;
}
