/**
 * Runs once when the Next server starts. Node only: the hooks need Node's diagnostics channels, and the
 * imports stay out of any edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installVisitorAddressHook } = await import('./lib/visitor-address-hook');
  installVisitorAddressHook(process.env.TRUST_PROXY);
  const { installClientErrorAnswers } = await import('./lib/origin/client-error-hook');
  installClientErrorAnswers();
  const { installUnservableAnswers } = await import('./lib/origin/unservable-requests');
  installUnservableAnswers();
}
