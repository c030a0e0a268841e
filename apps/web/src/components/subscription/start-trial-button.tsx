'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { problemMessage } from '@/lib/problem-messages';
import { FormNotice } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';

export function StartTrialButton() {
  const t = useTranslations('Subscription.trial');
  const tProblems = useTranslations('Problems');
  const router = useRouter();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setStarting(true);
    setError(null);
    const result = await settle(api.POST('/api/v1/subscriptions/trial'));
    if (result.ok) {
      router.refresh();
      return;
    }
    setStarting(false);
    // 403 here means the phone is not verified (it may have changed in another tab).
    setError(result.problem.code === 'subscriptions.phone_required' ? t('needsPhone') : problemMessage(result.problem, tProblems));
  }

  return (
    <div className="space-y-3">
      <button
        type="button"
        className={`${primaryButton} w-full disabled:cursor-wait disabled:opacity-70 sm:w-auto`}
        disabled={starting}
        onClick={() => void start()}
      >
        {starting ? t('starting') : t('start')}
      </button>
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
    </div>
  );
}
