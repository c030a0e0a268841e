'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import { idempotentApi, settle } from '@/lib/api-client';
import { fieldErrorFor } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { describedBy, FieldError, FormNotice, inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { PaymentMethodChoice } from './payment-method-choice';
import { usePaymentOptions } from './payment-options';
import { usePaymentPage } from './use-payment-page';

// The API's bounds (ZTopUpRequest), in whole somoni as people type them.
const minSomoni = 1;
const maxSomoni = 10_000;

/**
 * Amount in somoni and the way to pay, then on to the acquirer's page; the balance grows when the acquirer
 * confirms. Without any way to pay (payments not configured) a notice stands in for the form.
 */
export function TopUpForm() {
  const t = useTranslations('Subscription.balance');
  const tPayments = useTranslations('Payments');
  const tProblems = useTranslations('Problems');
  const { methods } = usePaymentOptions();
  const goToPaymentPage = usePaymentPage();
  const [method, setMethod] = useState(methods[0] ?? null);
  const [amount, setAmount] = useState('');
  const [sending, setSending] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAlert(null);
    const somoni = Number(amount.replace(/\s/g, ''));
    if (!Number.isInteger(somoni) || somoni < minSomoni || somoni > maxSomoni) {
      setFieldError(t('topUpInvalid'));
      return;
    }
    setFieldError(null);
    if (!method) return;
    setSending(true);
    const result = await settle(idempotentApi.POST('/api/v1/me/balance/top-ups', { body: { amount: somoni * 100, method } }));
    if (result.ok) {
      if (goToPaymentPage(result.data.redirectUrl)) return;
      setSending(false);
      setAlert(tPayments('unsafeRedirect'));
      return;
    }
    setSending(false);
    if (fieldErrorFor(result.problem.fieldErrors, 'amount')) setFieldError(t('topUpInvalid'));
    else setAlert(problemMessage(result.problem, tProblems));
  }

  if (methods.length === 0) return <FormNotice tone="info">{tPayments('methodsNone')}</FormNotice>;
  const error = fieldError ?? undefined;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
      <PaymentMethodChoice methods={methods} value={method} onChange={setMethod} disabled={sending} />
      <div>
        <label htmlFor="top-up-amount" className="mb-1.5 block text-sm font-semibold text-slate-800">
          {t('topUpAmount')}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="top-up-amount"
            inputMode="numeric"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('top-up-amount', { hint: t('topUpHint'), error })}
            className={`${inputClass} sm:max-w-48`}
          />
          <button type="submit" disabled={sending} className={`${primaryButton} disabled:cursor-wait disabled:opacity-70`}>
            {sending ? t('redirecting') : t('topUp')}
          </button>
        </div>
        <p id="top-up-amount-hint" className="mt-1.5 text-sm text-slate-500">
          {t('topUpHint')}
        </p>
        <FieldError id="top-up-amount">{error}</FieldError>
      </div>
      {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
    </form>
  );
}
