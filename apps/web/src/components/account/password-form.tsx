'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { type ClientProblem, type FieldErrors, fieldErrorFor } from '@/lib/problem-client';
import { primaryButton } from '@/components/ui/button-styles';
import { describedBy, Field, FormNotice, inputClass } from './form-controls';
import { useProblemText } from './use-problem-text';
import { PasswordStrength } from '../auth/password-strength';

const minPasswordLength = 8;

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; problem: ClientProblem | null };

/**
 * Current password + new one. The API ends every other session on success, so the sessions list below is
 * refreshed from the server afterwards.
 */
export function PasswordForm({ login }: { login: string | null }) {
  const t = useTranslations('Account.password');
  const text = useProblemText();
  const router = useRouter();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [visible, setVisible] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (current === '') local.currentPassword = 'required';
    if (next.length < minPasswordLength) local.newPassword = 'too_small';
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      setStatus({ kind: 'failed', problem: null });
      return;
    }
    setStatus({ kind: 'saving' });
    setFieldErrors({});
    const result = await settle(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next } }));
    if (!result.ok) {
      setFieldErrors(result.problem.fieldErrors);
      setStatus({ kind: 'failed', problem: result.problem });
      return;
    }
    setCurrent('');
    setNext('');
    setStatus({ kind: 'saved' });
    router.refresh();
  }

  const currentError = text.field(fieldErrorFor(fieldErrors, 'currentPassword'), { required: t('currentRequired') });
  const nextError = text.field(fieldErrorFor(fieldErrors, 'newPassword'), {
    too_small: t('tooShort', { min: minPasswordLength }),
    too_big: t('tooLong'),
  });
  const nextHint = t('newHint', { min: minPasswordLength });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-4">
      {/* Lets password managers file the new password under the right account. */}
      {login ? <input type="text" name="username" autoComplete="username" value={login} readOnly hidden /> : null}
      <Field id="password-current" label={t('current')} error={currentError}>
        <input
          id="password-current"
          type={visible ? 'text' : 'password'}
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          aria-invalid={currentError ? true : undefined}
          aria-describedby={describedBy('password-current', { error: currentError })}
          className={inputClass}
        />
      </Field>
      <Field id="password-new" label={t('new')} hint={nextHint} error={nextError}>
        <input
          id="password-new"
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          maxLength={128}
          value={next}
          onChange={(event) => setNext(event.target.value)}
          aria-invalid={nextError ? true : undefined}
          aria-describedby={describedBy('password-new', { hint: nextHint, error: nextError })}
          className={inputClass}
        />
        <PasswordStrength password={next} userInputs={login ? [login] : []} />
      </Field>
      <label className="flex min-h-10 items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
        />
        {t('show')}
      </label>
      {status.kind === 'saved' ? <FormNotice tone="success">{t('changed')}</FormNotice> : null}
      {status.kind === 'failed' && status.problem && status.problem.code !== 'validation.failed' ? (
        <FormNotice tone="error">{text.problem(status.problem)}</FormNotice>
      ) : null}
      <button type="submit" className={`${primaryButton} w-full sm:w-auto`} disabled={status.kind === 'saving'}>
        {status.kind === 'saving' ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
