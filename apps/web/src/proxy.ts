import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { getMaintenanceState } from './lib/maintenance-state';
import { guestPageCacheControl } from './lib/page-cache-control';
import { createNonce, pageResponseHeaders } from './lib/page-security-headers';

const handleI18nRouting = createMiddleware(routing);

function localeOf(pathname: string): string {
  const first = pathname.split('/')[1];
  return routing.locales.find((locale) => locale === first) ?? routing.defaultLocale;
}

/**
 * Pages that stay open during maintenance: the admin panel (its layout lets only admins in, and the API serves
 * admins throughout) and the login form admins reach it through.
 */
const openDuringMaintenance = /^(\/(ru|tg))?\/(admin|login)(\/|$)/;

/**
 * Locale routing first (redirects such as /ru/… → /… or / → /tg for a remembered Tajik choice), then the
 * maintenance switch: while it is on, every page is answered by the localized maintenance page with 503.
 */
async function routePage(request: NextRequest): Promise<NextResponse> {
  const response = handleI18nRouting(request);
  if (response.headers.has('location')) return response;

  if (openDuringMaintenance.test(request.nextUrl.pathname)) return response;
  const maintenance = await getMaintenanceState();
  if (!maintenance.enabled) return response;

  const locale = localeOf(request.nextUrl.pathname);
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  const rewrite = NextResponse.rewrite(new URL(`/${locale}/maintenance`, request.url), { status: 503, request: { headers } });
  rewrite.headers.set('Retry-After', '300');
  rewrite.headers.set('Cache-Control', 'no-store');
  for (const cookie of response.cookies.getAll()) rewrite.cookies.set(cookie);
  return rewrite;
}

/**
 * The request as the page will see it: Next takes the nonce for its scripts from the request's policy. Both
 * routing steps above forward the request headers they are given, so the policy reaches every page they pick.
 * A client's own Content-Security-Policy request header is overwritten here, never trusted.
 */
function withPolicy(request: NextRequest, policy: string): NextRequest {
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  return new NextRequest(request.url, { method: request.method, headers });
}

export default async function proxy(request: NextRequest) {
  const security = pageResponseHeaders(createNonce(), { appEnv: process.env.APP_ENV, nodeEnv: process.env.NODE_ENV });
  const response = await routePage(withPolicy(request, security['Content-Security-Policy']));
  for (const [name, value] of Object.entries(security)) if (value) response.headers.set(name, value);
  // Not on a redirect or the maintenance answer (503, no-store).
  const cacheControl = response.headers.has('location') || response.status === 503 ? null : guestPageCacheControl(request);
  if (cacheControl) response.headers.set('Cache-Control', cacheControl);
  return response;
}

export const config = {
  // Everything but the API, Next's own files and anything that looks like a file (favicon.ico, robots.txt…).
  matcher: ['/((?!api/|api$|_next/|_vercel/|.*\\..*).*)'],
};
