import { headers } from 'next/headers';
import { singleForwardedAddress } from './visitor-address';

/**
 * For a server-side API call made on behalf of the visitor of the current request: `X-Forwarded-For` with
 * their address and nothing else, so the API counts the visitor, not this process (the API trusts this hop;
 * see TRUST_PROXY). By the time a page renders, visitor-address-hook.ts has reduced the header to that one
 * address; anything else (no hook yet, a chain) forwards nothing and the call counts as this process's own.
 */
export async function visitorForwardingHeaders(): Promise<Record<string, string>> {
  const address = singleForwardedAddress((await headers()).get('x-forwarded-for'));
  return address ? { 'x-forwarded-for': address } : {};
}
