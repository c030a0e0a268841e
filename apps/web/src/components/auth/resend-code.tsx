'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TCodeSentResponse } from '@dastiyor/contracts';
import type { ApiCallResult, ClientProblem } from '@/lib/problem-client';
import { FormStatus } from './form-alert';
import { ResendCodeButton } from './resend-code-button';

/** Asks for a new code when the API allows it; a refusal with `retryAfter` restarts the countdown. */
export function ResendCode({
  initialAvailableAt,
  resend,
  onFailure,
  onResent,
}: {
  initialAvailableAt: number;
  resend: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onFailure: (failure: ClientProblem) => void;
  onResent?: () => void;
}) {
  const t = useTranslations('Auth.code');
  const [availableAt, setAvailableAt] = useState(initialAvailableAt);
  const [sending, setSending] = useState(false);
  const [resent, setResent] = useState(false);

  async function run() {
    setSending(true);
    setResent(false);
    const result = await resend();
    setSending(false);
    if (result.ok) {
      setAvailableAt(Date.now() + result.data.resendAfter * 1000);
      setResent(true);
      onResent?.();
      return;
    }
    const { retryAfter } = result.problem;
    if (retryAfter !== null && retryAfter <= 3600) setAvailableAt(Date.now() + retryAfter * 1000);
    onFailure(result.problem);
  }

  return (
    <div className="space-y-2">
      <ResendCodeButton availableAt={availableAt} sending={sending} onResend={run} />
      <FormStatus message={resent ? t('resent') : null} />
    </div>
  );
}
