'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TAuthResponse, TCodeSentResponse } from '@dastiyor/contracts';
import type { ApiCallResult } from '@/lib/problem-client';
import { CodeField } from './code-field';
import { CodeFormFooter } from './code-form-footer';
import { CodeSentNote } from './code-sent-note';
import { checkCode, failedChecks } from './field-checks';
import { useFormFeedback } from './use-form-feedback';

/** Step two of sign-up: the code that proves the phone or email. */
export function CodeStep({
  sent,
  verify,
  resend,
  onVerified,
  onChangeContact,
}: {
  sent: TCodeSentResponse & { at: number };
  verify: (code: string) => Promise<ApiCallResult<TAuthResponse>>;
  resend: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onVerified: (user: TAuthResponse['user']) => void;
  onChangeContact: () => void;
}) {
  const t = useTranslations('Auth.verify');
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const feedback = useFormFeedback<'code'>(['code']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.showChecks(failedChecks<'code'>({ code: checkCode(code) }))) return;
    feedback.clear();
    setSending(true);
    const result = await verify(code);
    // Signed in: the button stays busy while the next page loads.
    if (result.ok) return onVerified(result.data.user);
    setSending(false);
    feedback.showFailure(result.problem);
  }

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <CodeSentNote
        title={t('title', { channel: sent.channel })}
        sent={sent}
        changeLabel={t('change', { channel: sent.channel })}
        onChange={onChangeContact}
      >
        {(destination) => t.rich('sentTo', { sentTo: sent.sentTo, b: destination })}
      </CodeSentNote>
      <CodeField
        channel={sent.channel}
        value={code}
        onChange={(value) => {
          setCode(value);
          feedback.clearField('code');
        }}
        error={feedback.fieldErrors.code}
        disabled={sending}
      />
      <CodeFormFooter
        alert={feedback.alert}
        sending={sending}
        label={t('submit')}
        sendingLabel={t('submitting')}
        sent={sent}
        resend={resend}
        onFailure={feedback.showFailure}
        onResent={feedback.clear}
      />
    </form>
  );
}
