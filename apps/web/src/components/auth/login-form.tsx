'use client';

import { type FormEvent, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { textLinkClass } from './auth-styles';
import { failedChecks } from './field-checks';
import { FormAlert } from './form-alert';
import { LoginStepUp, type StepUpOffer } from './login-step-up';
import { goAfterSignIn } from './navigate';
import { PasswordField } from './password-field';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFormFeedback } from './use-form-feedback';

const fields = ['login', 'password'] as const;
type Field = (typeof fields)[number];

/**
 * Phone or email and password; `next` is a same-site path already checked by the page. After too many
 * failed attempts the API asks for a one-time code as well, and the form turns into that step.
 */
export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations('Auth.login');
  const locale = useLocale();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const [stepUp, setStepUp] = useState<StepUpOffer | null>(null);
  const feedback = useFormFeedback<Field>(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const failed = failedChecks<Field>({
      login: login.trim() === '' ? 'loginRequired' : null,
      password: password === '' ? 'required' : null,
    });
    if (feedback.showChecks(failed)) return;
    feedback.clear();
    setSending(true);
    const result = await settle(api.POST('/api/v1/auth/login', { body: { login: login.trim(), password } }));
    if (result.ok) return goAfterSignIn(next, result.data.user, locale);
    setSending(false);
    const channel = result.problem.code === 'auth.step_up_required' ? result.problem.stepUp?.[0] : undefined;
    if (channel) setStepUp({ login: login.trim(), channel, retryAfter: result.problem.retryAfter });
    else feedback.showFailure(result.problem);
  }

  if (stepUp) return <LoginStepUp offer={stepUp} password={password} next={next} onBack={() => setStepUp(null)} />;

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <TextField
        label={t('loginLabel')}
        hint={t('loginHint')}
        error={feedback.fieldErrors.login}
        name="login"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={login}
        onChange={(event) => {
          setLogin(event.target.value);
          feedback.clearField('login');
        }}
        disabled={sending}
      />
      <div>
        <PasswordField
          label={t('passwordLabel')}
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
        <Link href="/forgot-password" className={textLinkClass}>
          {t('forgot')}
        </Link>
      </div>
      <FormAlert message={feedback.alert} />
      <SubmitButton sending={sending} label={t('submit')} sendingLabel={t('submitting')} />
    </form>
  );
}
