'use client';

import { useRouter } from '@/i18n/navigation';

// Our own pages an acquirer's answer may point at: the sandbox checkout, or straight back here when already paid.
const ownPagePath = /^\/(payments\/sandbox\/[^/]+|subscription)$/;

/**
 * Goes where a checkout or top-up answer says to pay. Our own pages are named without a locale, so they go
 * through the locale-aware router (a Tajik payer stays in Tajik); a real acquirer's page is simply opened.
 */
export function usePaymentPage(): (redirectUrl: string) => void {
  const router = useRouter();
  return (redirectUrl) => {
    const target = new URL(redirectUrl, window.location.href);
    if (target.origin === window.location.origin || ownPagePath.test(target.pathname)) {
      router.push(`${target.pathname}${target.search}`);
    } else {
      window.location.assign(target.toString());
    }
  };
}
