import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { filesContentSecurityPolicy } from './src/lib/page-security-headers';

// Read when `next build` runs: Next bakes rewrites into .next/routes-manifest.json, so the API address
// must be set at build time too (server components read API_INTERNAL_URL again at run time).
const apiOrigin = process.env.API_INTERNAL_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3001}`;

// Pages only: the API sets its own security headers on /api responses. The proxy replaces this
// Content-Security-Policy with the nonce-based one (and adds HSTS in production) on every page it answers;
// HSTS is not here because these headers are fixed when `next build` runs, and APP_ENV is a run-time choice.
const pageSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: filesContentSecurityPolicy },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@dastiyor/contracts'],
  async rewrites() {
    // Only the chat WebSocket: a route handler cannot take an upgrade. Every other /api/* request goes through
    // app/api/[[...path]]/route.ts, because Next's rewrite proxy truncates bodies over 10 MB (the API then
    // waits for bytes that never come), answers every proxy error with a plain-text 500, and resets a client
    // still sending under an early answer (docs/decisions/012-request-limits-at-the-origin.md).
    // beforeFiles: the socket must reach the API before the [locale] catch-all could claim the path.
    return { beforeFiles: [{ source: '/api/v1/ws', destination: `${apiOrigin}/api/v1/ws` }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: '/((?!api/).*)', headers: pageSecurityHeaders }];
  },
};

// Messages are compiled when the app is built, so the browser gets next-intl's formatter without the ICU
// parser (issue 18: ~9 KB gzip less on every page with translated client components).
export default createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['ru', 'tg'], precompile: true } },
})(nextConfig);
