/**
 * Signing in or out changes what every server-rendered part shows (the header first), so the next page is
 * loaded afresh instead of through the client router and its cache.
 */
export function navigateAfterAuthChange(path: string): void {
  window.location.assign(path);
}
