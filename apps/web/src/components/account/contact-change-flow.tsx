'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { TCodeSentResponse } from '@dastiyor/contracts';
import { api, settle } from '@/lib/api-client';
import { type ClientProblem, type FieldErrors, fieldErrorFor } from '@/lib/problem-client';
import { primaryButton } from '@/components/ui/button-styles';
import { describedBy, Field, FormNotice, inputClass, smallButton } from './form-controls';
import { useProblemText } from './use-problem-text';

export type ContactKind = 'email' | 'phone';
export interface ChangedContacts {
  email: string | null;
  phone: string | null;
}

/** Seconds left until `until` (a Date.now() value), re-rendering once a second while any are left. */
function useSecondsLeft(until: number): number {
  const [, setTick] = useState(0);
  const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
  useEffect(() => {
    if (left === 0) return;
    const timer = window.setTimeout(() => setTick((n) => n + 1), 1000);
    return () => window.clearTimeout(timer);
  });
  return left;
}

/**
 * Adding or changing an email or phone, in two steps: the new value and the current password send a code
 * to the NEW destination; the code confirms it. The old contact stays until the code is right.
 */
export function ContactChangeFlow({
  kind,
  onDone,
  onCancel,
}: {
  kind: ContactKind;
  onDone: (contacts: ChangedContacts) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('Account.contacts');
  const text = useProblemText();
  const [value, setValue] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<TCodeSentResponse | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const secondsLeft = useSecondsLeft(resendAt);

  const fail = (p: ClientProblem) => {
    setFieldErrors(p.fieldErrors);
    // Field reasons are shown at their fields; only the rest needs a line of its own.
    setProblem(Object.keys(p.fieldErrors).length > 0 ? null : p);
  };

  async function requestCode() {
    setBusy(true);
    setFieldErrors({});
    setProblem(null);
    const result = await settle(
      kind === 'email'
        ? api.POST('/api/v1/me/email', { body: { email: value, currentPassword: password } })
        : api.POST('/api/v1/me/phone', { body: { phone: value, currentPassword: password } }),
    );
    setBusy(false);
    if (!result.ok) return fail(result.problem);
    setSent(result.data);
    setCode('');
    setResendAt(Date.now() + result.data.resendAfter * 1000);
  }

  async function onRequest(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (value.trim() === '') local[kind] = 'required';
    if (password === '') local.currentPassword = 'required';
    if (Object.keys(local).length > 0) return setFieldErrors(local);
    await requestCode();
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return setFieldErrors({ code: 'invalid_format' });
    setBusy(true);
    setFieldErrors({});
    setProblem(null);
    const confirm = { body: { code: code.trim() } };
    const result = await settle(
      kind === 'email' ? api.POST('/api/v1/me/email/confirm', confirm) : api.POST('/api/v1/me/phone/confirm', confirm),
    );
    setBusy(false);
    if (!result.ok) return fail(result.problem);
    onDone(result.data);
  }

  const cancel = (
    <button type="button" className={smallButton} onClick={onCancel} disabled={busy}>
      {t('cancel')}
    </button>
  );
  const problemNotice = problem ? <FormNotice tone="error">{text.problem(problem)}</FormNotice> : null;

  if (sent) {
    const codeError = text.field(fieldErrorFor(fieldErrors, 'code'), {
      invalid_format: t('codeFormat'),
      code_expired: t('codeExpired'),
    });
    const codeHint = t(sent.channel === 'email' ? 'codeSentEmail' : 'codeSentSms', { to: sent.sentTo });
    return (
      <form noValidate onSubmit={(event) => void onConfirm(event)} className="space-y-4 rounded-xl border border-slate-200 bg-slate-50 p-4">
        <Field id={`contact-code-${kind}`} label={t('code')} hint={codeHint} error={codeError}>
          <input
            id={`contact-code-${kind}`}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={describedBy(`contact-code-${kind}`, { hint: codeHint, error: codeError })}
            className={`${inputClass} max-w-48 text-center font-mono text-lg tracking-[0.3em]`}
          />
        </Field>
        {problemNotice}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={primaryButton} disabled={busy}>
            {t('confirm')}
          </button>
          {cancel}
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <button
            type="button"
            className="min-h-10 text-left font-semibold text-brand-800 hover:underline disabled:font-normal disabled:text-slate-500 disabled:no-underline"
            disabled={busy || secondsLeft > 0}
            onClick={() => void requestCode()}
          >
            {secondsLeft > 0 ? t('resendIn', { seconds: secondsLeft }) : t('resend')}
          </button>
          <button
            type="button"
            className="min-h-10 text-left font-semibold text-brand-800 hover:underline"
            onClick={() => setSent(null)}
            disabled={busy}
          >
            {t(kind === 'email' ? 'otherEmail' : 'otherPhone')}
          </button>
        </div>
      </form>
    );
  }

  const valueError = text.field(fieldErrorFor(fieldErrors, kind), {
    invalid_format: t(kind === 'email' ? 'emailInvalid' : 'phoneInvalid'),
    too_small: t(kind === 'email' ? 'emailInvalid' : 'phoneInvalid'),
    too_big: t(kind === 'email' ? 'emailInvalid' : 'phoneInvalid'),
    invalid_phone: t('phoneInvalid'),
    account_exists: t(kind === 'email' ? 'emailTaken' : 'phoneTaken'),
    unchanged: t('unchanged'),
  });
  const passwordError = text.field(fieldErrorFor(fieldErrors, 'currentPassword'), { required: t('passwordRequired') });
  const valueId = `contact-new-${kind}`;
  const valueHint = kind === 'phone' ? t('phoneHint') : undefined;

  return (
    <form noValidate onSubmit={(event) => void onRequest(event)} className="space-y-4 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <Field id={valueId} label={t(kind === 'email' ? 'newEmail' : 'newPhone')} hint={valueHint} error={valueError}>
        <input
          id={valueId}
          type={kind === 'email' ? 'email' : 'tel'}
          inputMode={kind === 'email' ? 'email' : 'tel'}
          autoComplete={kind === 'email' ? 'email' : 'tel'}
          placeholder={kind === 'phone' ? '+992 90 123 45 67' : undefined}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={valueError ? true : undefined}
          aria-describedby={describedBy(valueId, { hint: valueHint, error: valueError })}
          className={inputClass}
        />
      </Field>
      <Field id={`contact-password-${kind}`} label={t('currentPassword')} hint={t('passwordWhy')} error={passwordError}>
        <input
          id={`contact-password-${kind}`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={describedBy(`contact-password-${kind}`, { hint: true, error: passwordError })}
          className={inputClass}
        />
      </Field>
      {problemNotice}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={busy}>
          {t('sendCode')}
        </button>
        {cancel}
      </div>
    </form>
  );
}
