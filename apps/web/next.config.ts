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
    // beforeFiles: /api/* must reach the API before the [locale] catch-all could claim it.
    // The browser only ever talks to this origin, so cookies and CSRF checks stay same-origin.
    return { beforeFiles: [{ source: '/api/:path*', destination: `${apiOrigin}/api/:path*` }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: '/((?!api/).*)', headers: pageSecurityHeaders }];
  },
};

export default createNextIntlPlugin('./src/i18n/request.ts')(nextConfig);
