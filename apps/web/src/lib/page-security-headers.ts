// Security headers of pages; the API sets its own on /api through helmet. Decision record 013 says why a nonce.

/**
 * What holds without a nonce. next.config.ts sends this as the whole policy of responses the proxy does not
 * answer (files in public/, the 404 of an address with a dot): they run no script of ours that needs one.
 */
const fixedDirectives = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

export const filesContentSecurityPolicy = fixedDirectives.join('; ');

/** The API's helmet default (365 days, subdomains), so pages and /api behind one origin say the same. */
const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/** 128 random bits in base64, the alphabet Next's nonce parser accepts; a fresh one for every response. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export interface PageSecurityEnv {
  /** APP_ENV: HSTS only in production, where the origin is HTTPS (a dev browser would pin localhost to it). */
  appEnv: string | undefined;
  /** NODE_ENV: `next dev` only, where React rebuilds server error stacks with eval. */
  nodeEnv: string | undefined;
}

export interface PageResponseHeaders {
  'Content-Security-Policy': string;
  'Strict-Transport-Security'?: string;
}

/**
 * The headers the proxy puts on every page response. Next reads the nonce back from the request's
 * Content-Security-Policy and sets it on each script it renders; 'strict-dynamic' then lets those scripts load
 * the chunks they need, and ignores 'self' in browsers that understand it ('self' is for those that do not).
 * worker-src is explicit so that /sw.js never depends on how a browser applies 'strict-dynamic' to workers.
 */
export function pageResponseHeaders(nonce: string, env: PageSecurityEnv): PageResponseHeaders {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(env.nodeEnv === 'development' ? ["'unsafe-eval'"] : [])];
  const policy = [`script-src ${scriptSources.join(' ')}`, "worker-src 'self'", ...fixedDirectives].join('; ');
  return {
    'Content-Security-Policy': policy,
    ...(env.appEnv === 'production' ? { 'Strict-Transport-Security': strictTransportSecurity } : {}),
  };
}
