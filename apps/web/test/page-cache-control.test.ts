import { describe, expect, it } from 'vitest';
import { sessionCookieName } from '@dastiyor/contracts/values';
import { guestPageCacheControl } from '../src/lib/page-cache-control';

const request = (method: string, cookies: string[], headers: Record<string, string> = {}) => ({
  method,
  cookies: { has: (name: string) => cookies.includes(name) },
  headers: new Headers(headers),
});

describe('guestPageCacheControl', () => {
  it("lets a guest's page into the back/forward cache, revalidated on every other use", () => {
    expect(guestPageCacheControl(request('GET', []))).toBe('private, no-cache');
    expect(guestPageCacheControl(request('GET', ['NEXT_LOCALE']))).toBe('private, no-cache');
  });

  it("leaves Next's no-store on a signed-in page, a non-GET and a client navigation's payload", () => {
    expect(guestPageCacheControl(request('GET', [sessionCookieName]))).toBeNull();
    expect(guestPageCacheControl(request('POST', []))).toBeNull();
    expect(guestPageCacheControl(request('GET', [], { rsc: '1' }))).toBeNull();
    expect(guestPageCacheControl(request('GET', [], { 'next-router-prefetch': '1' }))).toBeNull();
  });
});
