'use client';

import type { TCodeSentResponse } from '@dastiyor/contracts';
import type { ApiCallResult, ClientProblem } from '@/lib/problem-client';
import { FormAlert } from './form-alert';
import { ResendCode } from './resend-code';
import { SubmitButton } from './submit-button';

/** The end of every form that takes a code: its alert, its submit button and "send again" with the wait shown. */
export function CodeFormFooter({
  alert,
  sending,
  label,
  sendingLabel,
  sent,
  resend,
  onFailure,
  onResent,
}: {
  alert: string | null;
  sending: boolean;
  label: string;
  sendingLabel: string;
  /** The answer that sent the current code, and when it came (`Date.now()`). */
  sent: TCodeSentResponse & { at: number };
  resend: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onFailure: (failure: ClientProblem) => void;
  onResent: () => void;
}) {
  return (
    <>
      <FormAlert message={alert} />
      <div className="space-y-3">
        <SubmitButton sending={sending} label={label} sendingLabel={sendingLabel} />
        <ResendCode initialAvailableAt={sent.at + sent.resendAfter * 1000} resend={resend} onFailure={onFailure} onResent={onResent} />
      </div>
    </>
  );
}
