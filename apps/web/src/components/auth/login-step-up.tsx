'use client';

import { type FormEvent, useId, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TCodeSentResponse, TStepUpChannel } from '@dastiyor/contracts';
import { api, inLocale, settle } from '@/lib/api-client';
import type { ApiCallResult } from '@/lib/problem-client';
import { textLinkClass } from './auth-styles';
import { destinationOf } from './code-sent-note';
import { FormAlert } from './form-alert';
import { LoginStepUpCode, type SentLoginCode } from './login-step-up-code';
import { goAfterSignIn } from './navigate';
import { SubmitButton } from './submit-button';
import { useFormFeedback } from './use-form-feedback';

/** What the API's `auth.step_up_required` answer said, and the login it was for. */
export interface StepUpOffer {
  login: string;
  channel: TStepUpChannel;
  /** Seconds until the password alone works again. */
  retryAfter: number | null;
}

/**
 * After too many failed logins: explains why a code is needed and where it goes, sends it, then signs in
 * with the code and the password typed on the login form (shown again, to fix a typo).
 */
export function LoginStepUp({
  offer,
  password,
  next,
  onBack,
}: {
  offer: StepUpOffer;
  password: string;
  next: string | null;
  onBack: () => void;
}) {
  const locale = useLocale();
  const [sent, setSent] = useState<SentLoginCode | null>(null);
  const requestCode = () => settle(api.POST('/api/v1/auth/login/code', { body: { login: offer.login }, headers: inLocale(locale) }));

  if (sent) {
    return (
      <LoginStepUpCode
        login={offer.login}
        initialPassword={password}
        sent={sent}
        resend={requestCode}
        onBack={onBack}
        onDone={(user) => goAfterSignIn(next, user, locale)}
      />
    );
  }
  return <SendCodeStep offer={offer} requestCode={requestCode} onSent={setSent} onBack={onBack} />;
}

function SendCodeStep({
  offer,
  requestCode,
  onSent,
  onBack,
}: {
  offer: StepUpOffer;
  requestCode: () => Promise<ApiCallResult<TCodeSentResponse>>;
  onSent: (sent: SentLoginCode) => void;
  onBack: () => void;
}) {
  const t = useTranslations('Auth.stepUp');
  const [sending, setSending] = useState(false);
  const feedback = useFormFeedback<never>([]);
  const explanationId = useId();
  const minutes = offer.retryAfter === null ? null : Math.max(1, Math.ceil(offer.retryAfter / 60));

  async function submit(event: FormEvent) {
    event.preventDefault();
    feedback.clear();
    setSending(true);
    const result = await requestCode();
    setSending(false);
    if (result.ok) onSent({ ...result.data, at: Date.now() });
    else feedback.showFailure(result.problem);
  }

  return (
    <form ref={feedback.formRef} onSubmit={submit} noValidate className="space-y-6">
      <div id={explanationId}>
        <h2 className="text-xl font-bold text-slate-900">{t('title')}</h2>
        <p className="mt-2 text-slate-600">
          {t.rich('explain', {
            channel: offer.channel.channel,
            destination: offer.channel.destination,
            b: destinationOf(offer.channel.channel),
          })}
        </p>
        {minutes === null ? null : <p className="mt-2 text-sm text-slate-500">{t('waitNote', { minutes })}</p>}
      </div>
      <FormAlert message={feedback.alert} />
      <div className="space-y-3">
        {/* The login form is gone from under the keyboard: the one action takes the focus and reads out why. */}
        <SubmitButton sending={sending} label={t('send')} sendingLabel={t('sending')} autoFocus describedBy={explanationId} />
        <button type="button" onClick={onBack} className={textLinkClass}>
          {t('otherLogin')}
        </button>
      </div>
    </form>
  );
}
