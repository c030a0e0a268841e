'use client';

import { useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { filledBars, loadPasswordScorer, strengthLevel, type PasswordScorer, type StrengthLevel } from '@/lib/password-strength';

const barColor: Record<StrengthLevel, string> = {
  empty: 'bg-slate-200',
  short: 'bg-red-600',
  weak: 'bg-red-600',
  fair: 'bg-amber-500',
  good: 'bg-green-600',
  strong: 'bg-green-700',
};

/**
 * A four-bar meter with one line of text under a new-password field. It keeps its height whether empty or
 * not, so the form below does not jump while the person types; zxcvbn loads on the first keystroke.
 */
export function PasswordStrength({ password, userInputs = [] }: { password: string; userInputs?: readonly string[] }) {
  const t = useTranslations('Auth.strength');
  const [scorer, setScorer] = useState<PasswordScorer | null>(null);
  const wanted = password.length > 0;

  useEffect(() => {
    if (!wanted || scorer) return;
    let live = true;
    // Without the dictionaries the meter shows the length rule only; the API still decides on submit.
    loadPasswordScorer()
      .then((score) => live && setScorer(() => score))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, scorer]);

  // zxcvbn takes some milliseconds on a cheap phone: score once per change of the password or the inputs.
  const inputsKey = userInputs.filter(Boolean).join('\n');
  const score = useMemo(
    () => (scorer && password.length >= 8 ? scorer(password, inputsKey ? inputsKey.split('\n') : []) : null),
    [scorer, password, inputsKey],
  );
  const level = strengthLevel(password, score);
  const filled = filledBars(level);
  return (
    <div className="mt-1.5 min-h-10" data-strength={level}>
      <div className="flex gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((bar) => (
          <span key={bar} className={`h-1.5 flex-1 rounded-full ${bar < filled ? barColor[level] : 'bg-slate-200'}`} />
        ))}
      </div>
      <p className="mt-1 text-sm text-slate-700" aria-live="polite">
        {level === 'empty' ? '\u00a0' : t(level)}
      </p>
    </div>
  );
}
