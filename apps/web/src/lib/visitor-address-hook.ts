import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { onEachHttpServer } from './http-servers';
import { compileTrustProxy, type TrustProxy, visitorAddress } from './visitor-address';

// Server only, installed once per process by src/instrumentation.ts.
//
// Next's server keeps a client's X-Forwarded-For as it came (it adds the connection's address only when the
// header is absent) and the /api proxy passes it on untouched, so neither a page nor the API could tell a
// trusted proxy's chain from one a visitor typed. Node announces every request on a diagnostics channel before
// Next sees it, while the connection is still known: there X-Forwarded-For is replaced by the single visitor
// address, decided by TRUST_PROXY. Pages forward that (visitor-headers.ts); the /api proxy forwards it as is.

/** Claims the API never needs from a visitor: dropped so that nothing downstream can be misled by them. */
const unverifiedClaims = ['x-real-ip', 'forwarded'];

/** Replaces whatever the client sent with the one address the trust policy allows (nothing if none). */
export function rewriteForwardedFor(request: IncomingMessage, trust: TrustProxy): void {
  const sent = request.headers['x-forwarded-for'];
  const visitor = visitorAddress({ peer: request.socket.remoteAddress, forwardedFor: Array.isArray(sent) ? sent.join(',') : sent }, trust);
  if (visitor) request.headers['x-forwarded-for'] = visitor;
  else delete request.headers['x-forwarded-for'];
  for (const name of unverifiedClaims) delete request.headers[name];
}

const installed = Symbol.for('dastiyor.visitorAddressHook');

/**
 * Subscribes to Node's HTTP request channel (and, for WebSocket upgrades, which skip it, to each server's
 * `upgrade` event). Idempotent per process. Throws on a malformed TRUST_PROXY, before any request is
 * served under it.
 */
export function installVisitorAddressHook(trustSetting: string | undefined): void {
  const registry = globalThis as { [installed]?: true };
  if (registry[installed]) return;
  const trust = compileTrustProxy(trustSetting);
  registry[installed] = true;

  subscribe('http.server.request.start', (message) => {
    rewriteForwardedFor((message as { request: IncomingMessage }).request, trust);
  });
  onEachHttpServer((server) => {
    // Prepended, so Next's own upgrade handler (which proxies /api/v1/ws) already sees the rewritten header.
    server.prependListener('upgrade', (request: IncomingMessage) => rewriteForwardedFor(request, trust));
  });
}
