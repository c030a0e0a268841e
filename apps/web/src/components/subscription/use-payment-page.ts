'use client';

import { useRouter } from '@/i18n/navigation';
import { paymentTarget } from '@/lib/payment-redirect';
import { usePaymentOptions } from './payment-options';

/**
 * Goes where a checkout or top-up answer says to pay (see `paymentTarget`): our own pages through the
 * locale-aware router (a Tajik payer stays in Tajik), the acquirer's page by a plain navigation. Answers false,
 * without navigating, when the target is not one the API vouched for; the caller then says so.
 */
export function usePaymentPage(): (redirectUrl: string) => boolean {
  const router = useRouter();
  const { payOrigins } = usePaymentOptions();
  return (redirectUrl) => {
    const target = paymentTarget(redirectUrl, window.location.origin, payOrigins);
    if (target.kind === 'refused') return false;
    if (target.kind === 'page') router.push(target.path);
    else window.location.assign(target.url);
    return true;
  };
}
