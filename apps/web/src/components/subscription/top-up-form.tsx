'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import { idempotentApi, settle } from '@/lib/api-client';
import { fieldErrorFor } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { describedBy, FieldError, FormNotice, inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { usePaymentPage } from './use-payment-page';

// The API's bounds (ZTopUpRequest), in whole somoni as people type them.
const minSomoni = 1;
const maxSomoni = 10_000;

/** Amount in somoni, then on to the acquirer's page; the balance grows when the acquirer confirms. */
export function TopUpForm() {
  const t = useTranslations('Subscription.balance');
  const tProblems = useTranslations('Problems');
  const goToPaymentPage = usePaymentPage();
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
    setSending(true);
    const result = await settle(idempotentApi.POST('/api/v1/me/balance/top-ups', { body: { amount: somoni * 100 } }));
    if (result.ok) {
      goToPaymentPage(result.data.redirectUrl);
      return;
    }
    setSending(false);
    if (fieldErrorFor(result.problem.fieldErrors, 'amount')) setFieldError(t('topUpInvalid'));
    else setAlert(problemMessage(result.problem, tProblems));
  }

  const error = fieldError ?? undefined;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
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
