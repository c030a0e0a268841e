'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { secondaryButton } from '@/components/ui/button-styles';

function minutesAndSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "Send the code again", locked with a visible countdown until the API would accept another code. */
export function ResendCodeButton({ availableAt, sending, onResend }: { availableAt: number; sending: boolean; onResend: () => void }) {
  const t = useTranslations('Auth.code');
  const [now, setNow] = useState(() => Date.now());
  const secondsLeft = Math.max(0, Math.ceil((availableAt - now) / 1000));

  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= availableAt) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [availableAt]);

  const label = sending ? t('resending') : secondsLeft > 0 ? t('resendIn', { time: minutesAndSeconds(secondsLeft) }) : t('resend');
  return (
    <button
      type="button"
      onClick={onResend}
      disabled={sending || secondsLeft > 0}
      className={`${secondaryButton} w-full tabular-nums disabled:cursor-not-allowed disabled:text-slate-500 disabled:hover:border-slate-300`}
    >
      {label}
    </button>
  );
}
