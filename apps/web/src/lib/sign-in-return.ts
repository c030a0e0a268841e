import { headers } from 'next/headers';
import { safeNextPath } from './safe-next-path';

/** Pages a sign-in never returns to: the sign-in pages themselves and the landing (no destination of its own). */
const noDestination = /^(\/(ru|tg))?(\/(login|signup|forgot-password)(\/.*)?)?\/?$/;

/**
 * Where signing in should bring the person back to: `?next=` when a page asked for it (requireUser, "sign in to
 * respond"), else the page of this site they came from — under our Referrer-Policy a same-origin link sends its
 * full address — so "Войти" in the header returns to the task or category being read. Null: their home.
 */
export async function signInReturnPath(next: string | string[] | undefined): Promise<string | null> {
  const asked = safeNextPath(next);
  if (asked) return asked;
  const request = await headers();
  const referer = request.get('referer');
  const host = request.get('host');
  if (!referer || !host) return null;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return null;
  }
  if (from.host !== host || noDestination.test(from.pathname)) return null;
  return safeNextPath(`${from.pathname}${from.search}`);
}
