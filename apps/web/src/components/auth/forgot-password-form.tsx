'use client';

import { type FormEvent, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TAuthResponse, TCodeSentResponse } from '@dastiyor/contracts';
import { api, inLocale, settle } from '@/lib/api-client';
import type { ApiCallResult } from '@/lib/problem-client';
import { CodeField } from './code-field';
import { CodeFormFooter } from './code-form-footer';
import { CodeSentNote } from './code-sent-note';
import { ContactField, contactBody, emptyContact, type ContactValue } from './contact-field';
import { checkCode, checkContactField, checkNewPassword, failedChecks } from './field-checks';
import { FormAlert } from './form-alert';
import { goAfterSignIn } from './navigate';
import { PasswordField } from './password-field';
import { PasswordStrength } from './password-strength';
import { SubmitButton } from './submit-button';
import { useFormFeedback } from './use-form-feedback';

type Sent = TCodeSentResponse & { at: number };

/**
 * Password recovery: where to send the code, then the code and a new password. The API answers the same
 * whether or not an account exists, and so does this form.
 */
export function ForgotPasswordForm() {
  const locale = useLocale();
  const [contact, setContact] = useState<ContactValue>(emptyContact);
  const [sent, setSent] = useState<Sent | null>(null);
  // The email or SMS goes out in the page's language when nobody is signed in to say otherwise.
  const requestCode = () => settle(api.POST('/api/v1/auth/password/forgot', { body: contactBody(contact), headers: inLocale(locale) }));

  if (sent) {
    return (
      <ResetStep
        sent={sent}
        contact={contact}
        resend={requestCode}
        onChangeContact={() => setSent(null)}
        onDone={(user) => goAfterSignIn(null, user, locale)}
      />
    );
  }
  return <ContactStep contact={contact} onContactChange={setContact} requestCode={requestCode} onSent={setSent} />;
}

function ContactStep({
  contact,
  onContactChange,
  requestCode,
  onSent,
}: {
  contact: ContactValue;
  onContactChange: (contact: ContactValue) => void;
  requestCode: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onSent: (sent: Sent) => void;
}) {
  const t = useTranslations('Auth.forgot');
  const [sending, setSending] = useState(false);
  const feedback = useFormFeedback<'phone' | 'email'>(['phone', 'email']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.showChecks(failedChecks<'phone' | 'email'>(checkContactField(contact)))) return;
    feedback.clear();
    setSending(true);
    const result = await requestCode();
    setSending(false);
    if (result.ok) onSent({ ...result.data, at: Date.now() });
    else feedback.showFailure(result.problem);
  }

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <ContactField
        legend={t('contactLegend')}
        value={contact}
        onChange={(next) => {
          onContactChange(next);
          feedback.clearField(next.kind);
        }}
        errors={feedback.fieldErrors}
        disabled={sending}
      />
      <FormAlert message={feedback.alert} />
      <SubmitButton sending={sending} label={t('submit')} sendingLabel={t('submitting')} />
    </form>
  );
}

const resetFields = ['code', 'password'] as const;
type ResetField = (typeof resetFields)[number];

function ResetStep({
  sent,
  contact,
  resend,
  onChangeContact,
  onDone,
}: {
  sent: Sent;
  contact: ContactValue;
  resend: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onChangeContact: () => void;
  onDone: (user: TAuthResponse['user']) => void;
}) {
  const t = useTranslations('Auth.forgot');
  const tf = useTranslations('Auth.form');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const feedback = useFormFeedback<ResetField>(resetFields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (feedback.showChecks(failedChecks<ResetField>({ code: checkCode(code), password: checkNewPassword(password) }))) return;
    feedback.clear();
    setSending(true);
    const result = await settle(api.POST('/api/v1/auth/password/reset', { body: { ...contactBody(contact), code, password } }));
    if (result.ok) return onDone(result.data.user);
    setSending(false);
    feedback.showFailure(result.problem);
  }

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <CodeSentNote title={t('codeTitle')} sent={sent} changeLabel={t('change')} onChange={onChangeContact}>
        {(destination) => t.rich('sentIfExists', { channel: sent.channel, sentTo: sent.sentTo, b: destination })}
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
      <div>
        <PasswordField
          label={t('newPasswordLabel')}
          hint={tf('passwordHint')}
          error={feedback.fieldErrors.password}
          name="new-password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            feedback.clearField('password');
          }}
          disabled={sending}
        />
        <PasswordStrength password={password} userInputs={[contact.kind === 'email' ? contact.email : contact.phone]} />
      </div>
      <p className="text-sm text-slate-600">{t('otherSessions')}</p>
      <CodeFormFooter
        alert={feedback.alert}
        sending={sending}
        label={t('save')}
        sendingLabel={t('saving')}
        sent={sent}
        resend={resend}
        onFailure={feedback.showFailure}
        onResent={feedback.clear}
      />
    </form>
  );
}
