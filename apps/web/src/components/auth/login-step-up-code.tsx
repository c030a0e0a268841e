'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TAuthResponse, TCodeSentResponse } from '@dastiyor/contracts';
import { api, settle } from '@/lib/api-client';
import type { ApiCallResult } from '@/lib/problem-client';
import { CodeField } from './code-field';
import { CodeFormFooter } from './code-form-footer';
import { CodeSentNote } from './code-sent-note';
import { checkCode, failedChecks } from './field-checks';
import { PasswordField } from './password-field';
import { useFormFeedback } from './use-form-feedback';

export type SentLoginCode = TCodeSentResponse & { at: number };

const fields = ['code', 'password'] as const;
type Field = (typeof fields)[number];

/** The step-up's second half: the code, the password once more, and a new code when the wait is over. */
export function LoginStepUpCode({
  login,
  initialPassword,
  sent,
  resend,
  onBack,
  onDone,
}: {
  login: string;
  initialPassword: string;
  sent: SentLoginCode;
  resend: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onBack: () => void;
  onDone: (user: TAuthResponse['user']) => void;
}) {
  const t = useTranslations('Auth.stepUp');
  const tl = useTranslations('Auth.login');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState(initialPassword);
  const [sending, setSending] = useState(false);
  const feedback = useFormFeedback<Field>(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const failed = failedChecks<Field>({ code: checkCode(code), password: password === '' ? 'required' : null });
    if (feedback.showChecks(failed)) return;
    feedback.clear();
    setSending(true);
    const result = await settle(api.POST('/api/v1/auth/login/code/verify', { body: { login, code, password } }));
    // Signed in: the button stays busy while the next page loads.
    if (result.ok) return onDone(result.data.user);
    setSending(false);
    feedback.showFailure(result.problem);
  }

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <CodeSentNote title={t('codeTitle')} sent={sent} changeLabel={t('otherLogin')} onChange={onBack}>
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
      <PasswordField
        label={tl('passwordLabel')}
        hint={t('passwordHint')}
        error={feedback.fieldErrors.password}
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          feedback.clearField('password');
        }}
        disabled={sending}
      />
      <CodeFormFooter
        alert={feedback.alert}
        sending={sending}
        label={tl('submit')}
        sendingLabel={tl('submitting')}
        sent={sent}
        resend={resend}
        onFailure={feedback.showFailure}
        onResent={feedback.clear}
      />
    </form>
  );
}
