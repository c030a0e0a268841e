import { isIP } from 'node:net';

/**
 * Whether the server may POST to a browser's push endpoint. The URL comes from the client, so it
 * could point at our own network (SSRF): in production only https on a public host name is taken.
 * Outside production http and loopback are allowed so tests can stand in for a push service.
 */
export function isAcceptablePushEndpoint(endpoint: string, strict: boolean): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (!strict) return url.protocol === 'https:' || url.protocol === 'http:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return (
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    (url.port === '' || url.port === '443') &&
    isIP(host) === 0 &&
    host.includes('.') &&
    !/(^|\.)(localhost|local|internal)$/i.test(host)
  );
}
