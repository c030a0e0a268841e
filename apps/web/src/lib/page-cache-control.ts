import { sessionCookieName } from '@dastiyor/contracts/values';

/**
 * The Cache-Control of a page a guest asks for. Next answers every dynamic page `no-store`, which keeps it out
 * of the browser's back/forward cache: each back tap on a phone downloaded and rendered the page again (issue 18).
 * A guest's page holds nothing private, so it may be kept in memory for back and forward, and stored only to be
 * revalidated (`no-cache`: every other use asks the server again and gets a fresh nonce). `private`: no shared
 * cache may keep it, its nonce is for one browser. A signed-in page keeps Next's `no-store`: phones here are
 * often shared, and back after signing out must not bring a private page back.
 */
export function guestPageCacheControl(request: {
  method: string;
  cookies: { has(name: string): boolean };
  headers: Headers;
}): string | null {
  if (request.method !== 'GET' || request.cookies.has(sessionCookieName)) return null;
  // Client navigations fetch RSC payloads, which Next caches in its router by its own rules.
  if (request.headers.has('rsc') || request.headers.has('next-router-prefetch')) return null;
  return 'private, no-cache';
}
