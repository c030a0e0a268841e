'use client';

import { type FormEvent, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TCodeSentResponse, TRole } from '@dastiyor/contracts';
import { Link } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { CodeStep } from './code-step';
import { ContactField, contactBody, emptyContact, type ContactValue } from './contact-field';
import { checkContactField, checkName, checkNewPassword, failedChecks } from './field-checks';
import { FormAlert } from './form-alert';
import { goAfterSignIn } from './navigate';
import { PasswordField } from './password-field';
import { PasswordStrength } from './password-strength';
import { RoleChoice } from './role-choice';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFormFeedback } from './use-form-feedback';

const fields = ['role', 'phone', 'email', 'password', 'name'] as const;
type Field = (typeof fields)[number];

const linkClass = 'font-semibold text-brand-800 underline underline-offset-2';

/**
 * Sign-up in two steps on one page: the details (nothing is stored yet), then the code that proves the
 * phone or email and creates the account.
 */
export function SignupForm({ initialRole, next }: { initialRole: TRole | null; next: string | null }) {
  const t = useTranslations('Auth.signup');
  const tf = useTranslations('Auth.form');
  const locale = useLocale();
  const [role, setRole] = useState<TRole | null>(initialRole);
  const [contact, setContact] = useState<ContactValue>(emptyContact);
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [sent, setSent] = useState<(TCodeSentResponse & { at: number }) | null>(null);
  const [sending, setSending] = useState(false);
  const feedback = useFormFeedback<Field>(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const failed = failedChecks<Field>({
      role: role ? null : 'roleRequired',
      ...checkContactField(contact),
      password: checkNewPassword(password),
      name: checkName(name),
    });
    if (feedback.showChecks(failed) || !role) return;
    feedback.clear();
    setSending(true);
    const body = { role, ...contactBody(contact), password, name: name.trim(), locale };
    const result = await settle(api.POST('/api/v1/auth/register', { body }));
    setSending(false);
    if (result.ok) setSent({ ...result.data, at: Date.now() });
    else feedback.showFailure(result.problem);
  }

  if (sent) {
    return (
      <CodeStep
        sent={sent}
        onChangeContact={() => setSent(null)}
        verify={(code) => settle(api.POST('/api/v1/auth/verify', { body: { ...contactBody(contact), code } }))}
        resend={() => settle(api.POST('/api/v1/auth/resend', { body: { ...contactBody(contact), purpose: 'register' } }))}
        onVerified={(user) => goAfterSignIn(next, user, locale)}
      />
    );
  }

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <RoleChoice
        value={role}
        onChange={(next) => {
          setRole(next);
          feedback.clearField('role');
        }}
        error={feedback.fieldErrors.role}
      />
      <ContactField
        legend={t('contactLegend')}
        value={contact}
        onChange={(next) => {
          setContact(next);
          feedback.clearField(next.kind);
        }}
        errors={feedback.fieldErrors}
        disabled={sending}
      />
      <div>
        <PasswordField
          label={t('passwordLabel')}
          hint={tf('passwordHint')}
          error={feedback.fieldErrors.password}
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            feedback.clearField('password');
          }}
          disabled={sending}
        />
        <PasswordStrength password={password} userInputs={[contact.kind === 'email' ? contact.email : contact.phone, name]} />
      </div>
      <TextField
        label={t('nameLabel')}
        hint={t('nameHint')}
        error={feedback.fieldErrors.name}
        name="name"
        autoComplete="name"
        autoCapitalize="words"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          feedback.clearField('name');
        }}
        disabled={sending}
      />
      <FormAlert message={feedback.alert} />
      <div className="space-y-3">
        <SubmitButton sending={sending} label={t('submit')} sendingLabel={t('submitting')} />
        <p className="text-sm text-slate-500">
          {t.rich('consent', {
            terms: (chunks) => (
              <Link href="/terms" className={linkClass}>
                {chunks}
              </Link>
            ),
            privacy: (chunks) => (
              <Link href="/privacy" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    </form>
  );
}
