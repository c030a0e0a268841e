'use client';

import { useTranslations } from 'next-intl';
import { TextField } from './text-field';

/** The six-digit code: numeric keypad, offered by the phone's SMS autofill, pasted codes cleaned of spaces. */
export function CodeField({
  channel,
  value,
  onChange,
  error,
  disabled,
}: {
  channel: 'sms' | 'email';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const t = useTranslations('Auth.code');
  return (
    <TextField
      label={t('label', { channel })}
      hint={t('hint')}
      error={error}
      name="code"
      value={value}
      onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      // Step two starts here: the field the person needs next gets the keyboard.
      autoFocus
      disabled={disabled}
      inputClassName="text-center text-2xl font-semibold tracking-[0.4em] tabular-nums"
    />
  );
}
