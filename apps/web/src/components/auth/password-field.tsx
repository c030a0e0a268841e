'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField, type TextFieldProps } from './text-field';

/** A password input with a show/hide switch: typing a password blind on a phone keyboard invites typos. */
export function PasswordField(props: Omit<TextFieldProps, 'type' | 'trailing'>) {
  const t = useTranslations('Auth.form');
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      trailing={
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-label={visible ? t('hidePassword') : t('showPassword')}
          className="absolute inset-y-0 right-0 flex min-w-11 items-center rounded-r-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {visible ? t('hide') : t('show')}
        </button>
      }
    />
  );
}
