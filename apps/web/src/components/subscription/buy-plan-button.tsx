'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { idempotentApi, settle } from '@/lib/api-client';
import { problemMessage } from '@/lib/problem-messages';
import { FormNotice } from '@/components/account/form-controls';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import { usePaymentOptions } from './payment-options';
import type { PlanAction } from './plan-action';
import { usePaymentPage } from './use-payment-page';

/**
 * Starts a checkout: through the acquirer with the method chosen above the plan cards, on to its page; from
 * the balance the API settles it at once and sends us straight back to the subscription page with the outcome.
 */
export function BuyPlanButton({
  planId,
  planName,
  action,
  method,
  emphasised,
}: {
  planId: string;
  planName: string;
  action: PlanAction;
  /** `acquirer`: the way to pay chosen on the page (payment-options.tsx); `balance`: from the provider's balance. */
  method: 'acquirer' | 'balance';
  emphasised: boolean;
}) {
  const t = useTranslations('Subscription.plans');
  const tBalance = useTranslations('Subscription.balance');
  const tProblems = useTranslations('Problems');
  const tPayments = useTranslations('Payments');
  const { planMethod } = usePaymentOptions();
  const goToPaymentPage = usePaymentPage();
  const [redirecting, setRedirecting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const chosen = method === 'balance' ? 'balance' : planMethod;

  async function checkout() {
    if (!chosen) return;
    setRedirecting(true);
    setError(null);
    const result = await settle(idempotentApi.POST('/api/v1/subscriptions/checkout', { body: { planId, method: chosen } }));
    if (result.ok) {
      if (goToPaymentPage(result.data.redirectUrl)) return;
      setRedirecting(false);
      setError(tPayments('unsafeRedirect'));
      return;
    }
    setRedirecting(false);
    setError(result.problem.code === 'balance.insufficient' ? tBalance('insufficient') : problemMessage(result.problem, tProblems));
  }

  const byCard = method === 'acquirer';
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-label={byCard ? t(`${action}Label`, { plan: planName }) : t('payFromBalanceLabel', { plan: planName })}
        className={`${emphasised ? primaryButton : secondaryButton} w-full disabled:cursor-wait disabled:opacity-70`}
        disabled={redirecting || !chosen}
        onClick={() => void checkout()}
      >
        {redirecting ? t('redirecting') : byCard ? t(action) : t('payFromBalance')}
      </button>
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
    </div>
  );
}
