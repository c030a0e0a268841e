import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../src/lib/safe-next-path';

describe('safeNextPath', () => {
  it('keeps a same-site path with its query and hash', () => {
    expect(safeNextPath('/tg/account/settings?tab=phone#top')).toBe('/tg/account/settings?tab=phone#top');
    expect(safeNextPath('/')).toBe('/');
  });

  it.each([
    ['protocol-relative', '//evil.example/path'],
    ['backslash host', '/\\evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['javascript URL', 'javascript:alert(1)'],
    ['relative without slash', 'account'],
    ['tab smuggling a host', '/\t/evil.example'],
    ['newline', '/account\n'],
    ['an API endpoint', '/api/v1/auth/logout'],
    ['empty', ''],
  ])('refuses %s', (_name, value) => {
    expect(safeNextPath(value)).toBeNull();
  });

  it('refuses anything but a single string', () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(['/a', '/b'])).toBeNull();
  });
});
