// Our own pages an acquirer's answer may point at: the sandbox checkout, the return page, or straight back.
const ownPagePath = /^\/(payments\/(sandbox|return)\/[^/]+|subscription)$/;

/** Where a checkout answer leads: one of our pages (through the locale-aware router), the acquirer's, or nowhere. */
export type PaymentTarget = { kind: 'page'; path: string } | { kind: 'acquirer'; url: string } | { kind: 'refused' };

/**
 * Decides whether to follow a checkout or top-up answer's `redirectUrl`: only to the page's own origin or one
 * of the origins the API lists for payments (`payOrigins`), so a tampered or misconfigured answer cannot send
 * the payer to a look-alike page. Our own pages are named by the API's public URL, which may be another
 * spelling of this origin (127.0.0.1, a proxy in front): they stay in the app, without a locale prefix.
 */
export function paymentTarget(redirectUrl: string, pageOrigin: string, payOrigins: readonly string[]): PaymentTarget {
  let target: URL;
  try {
    target = new URL(redirectUrl, pageOrigin);
  } catch {
    return { kind: 'refused' };
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return { kind: 'refused' };
  const ownOrigin = target.origin === pageOrigin;
  if (!ownOrigin && !payOrigins.includes(target.origin)) return { kind: 'refused' };
  if (ownOrigin || ownPagePath.test(target.pathname)) return { kind: 'page', path: `${target.pathname}${target.search}` };
  return { kind: 'acquirer', url: target.toString() };
}
