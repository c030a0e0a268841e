'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormNotice, SettingsSection } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import type { ClientProblem } from '@/lib/problem-client';
import { currentPushState, type PushState, turnPushOff, turnPushOn } from '@/lib/web-push';

/**
 * Push on this browser: the permission prompt comes only from the button, never on page load.
 * The per-event push switches below decide what is sent to the browsers turned on here.
 */
export function PushDevice() {
  const t = useTranslations('NotificationSettings.push');
  const text = useProblemText();
  const [state, setState] = useState<PushState | 'checking'>('checking');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ClientProblem | null>(null);

  useEffect(() => {
    currentPushState()
      .then(setState)
      .catch(() => setState('unsupported'));
  }, []);

  async function run(action: typeof turnPushOn) {
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await action();
      if (outcome.ok) setState(outcome.state);
      else setProblem(outcome.problem);
    } catch {
      // A browser that refuses to subscribe (private window, no push service) says nothing more useful.
      setState('unsupported');
    } finally {
      setBusy(false);
    }
  }

  return (
    <SettingsSection id="notification-push" title={t('title')} lead={t('lead')}>
      <div className="space-y-3">
        <p className="text-sm text-slate-800" data-push-state={state}>
          {state === 'checking' ? t('checking') : t(`state.${state}`)}
        </p>
        {state === 'off' ? (
          <button type="button" className={`${primaryButton} w-full sm:w-auto`} disabled={busy} onClick={() => void run(turnPushOn)}>
            {busy ? t('working') : t('turnOn')}
          </button>
        ) : null}
        {state === 'on' ? (
          <button type="button" className={`${secondaryButton} w-full sm:w-auto`} disabled={busy} onClick={() => void run(turnPushOff)}>
            {busy ? t('working') : t('turnOff')}
          </button>
        ) : null}
        {problem ? <FormNotice tone="error">{text.problem(problem)}</FormNotice> : null}
      </div>
    </SettingsSection>
  );
}
