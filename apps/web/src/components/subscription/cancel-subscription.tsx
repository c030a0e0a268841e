'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { problemMessage } from '@/lib/problem-messages';
import { dangerButton, FormNotice, smallButton } from '@/components/account/form-controls';

/** Cancel with a second, explicit step: it says what is kept (access to the paid end) before anything happens. */
export function CancelSubscription({ endsOn }: { endsOn: string }) {
  const t = useTranslations('Subscription.cancel');
  const tProblems = useTranslations('Problems');
  const router = useRouter();
  const [step, setStep] = useState<'idle' | 'confirming' | 'cancelling'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function cancel() {
    setStep('cancelling');
    setError(null);
    const result = await settle(api.POST('/api/v1/subscriptions/cancel'));
    if (result.ok) {
      // The status card is server-rendered: reload it to show "cancelled, usable until …".
      router.refresh();
      return;
    }
    setStep('confirming');
    setError(problemMessage(result.problem, tProblems));
  }

  if (step === 'idle') {
    return (
      <button type="button" className={dangerButton} onClick={() => setStep('confirming')}>
        {t('button')}
      </button>
    );
  }
  return (
    <div className="space-y-3 rounded-xl border border-red-200 bg-red-50/50 p-3">
      <p className="text-sm text-slate-800">{t('question', { date: endsOn })}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={dangerButton} disabled={step === 'cancelling'} onClick={() => void cancel()}>
          {step === 'cancelling' ? t('cancelling') : t('confirm')}
        </button>
        <button type="button" className={smallButton} disabled={step === 'cancelling'} onClick={() => setStep('idle')}>
          {t('keep')}
        </button>
      </div>
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
    </div>
  );
}
