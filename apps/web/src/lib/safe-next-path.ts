const probe = 'http://same-site.invalid';

/**
 * The `?next=` target of a sign-in, or null when it could lead off the site: only a relative path that
 * starts with one `/` (never `//` or `/\`, which browsers read as another host) and stays on this origin.
 * API addresses are refused too: a person is sent back to a page, never to an endpoint.
 */
export function safeNextPath(raw: string | string[] | undefined | null): string | null {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  // Control characters (tabs, newlines) are stripped by URL parsers and can smuggle a host through.
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
  let url: URL;
  try {
    url = new URL(raw, probe);
  } catch {
    return null;
  }
  if (url.origin !== probe) return null;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
