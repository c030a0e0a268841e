import { createNavigation } from 'next-intl/navigation';
import { describe, expect, it } from 'vitest';
import { getPathname, type LocalizedHref, pathInLocale } from '../src/i18n/paths';
import { routing } from '../src/i18n/routing';

// src/i18n/paths.ts replaces next-intl's getPathname so that server code does not pull next-intl's client Link
// into every page (issue 18); it must write the same paths.
const intl = createNavigation(routing);

describe('locale paths', () => {
  const hrefs: LocalizedHref[] = [
    '/',
    '/tasks',
    '/tasks/7c0e2b1a-0000-4000-8000-000000000000',
    '/admin/users/1',
    { pathname: '/login', query: { next: '/tg/tasks/1' } },
    { pathname: '/tasks', query: { category: ['a', 'b'], page: 2, urgent: true } },
  ];

  it('localizes every href as next-intl does, in both languages', () => {
    for (const locale of routing.locales)
      for (const href of hrefs)
        expect(getPathname({ locale, href }), JSON.stringify([locale, href])).toBe(intl.getPathname({ locale, href }));
  });

  it('rewrites the address the browser shows for the other language', () => {
    expect(pathInLocale('/', 'tg')).toBe('/tg');
    expect(pathInLocale('/tg', 'ru')).toBe('/');
    expect(pathInLocale('/tasks/1', 'tg')).toBe('/tg/tasks/1');
    expect(pathInLocale('/tg/tasks/1', 'ru')).toBe('/tasks/1');
    expect(pathInLocale('/tg/tasks/1', 'tg')).toBe('/tg/tasks/1');
    // A path that only starts like a locale is not one.
    expect(pathInLocale('/tgx', 'tg')).toBe('/tg/tgx');
  });
});
