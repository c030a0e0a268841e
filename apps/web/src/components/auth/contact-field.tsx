'use client';

import { useTranslations } from 'next-intl';
import { TextField } from './text-field';

export type ContactKind = 'phone' | 'email';

/** Tajikistan's country code, already typed for the person: most numbers here are local. */
export const phonePrefix = '+992 ';

export interface ContactValue {
  kind: ContactKind;
  phone: string;
  email: string;
}

export const emptyContact: ContactValue = { kind: 'phone', phone: phonePrefix, email: '' };

/** The request body part that names the destination: exactly one of phone or email. */
export function contactBody(contact: ContactValue): { phone: string } | { email: string } {
  return contact.kind === 'phone' ? { phone: contact.phone.trim() } : { email: contact.email.trim() };
}

const tabClass =
  'flex min-h-11 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-semibold text-slate-600 ' +
  'has-checked:bg-white has-checked:text-brand-800 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-brand-600';

/**
 * Phone or email, as two tabs over one input. The tabs are a radio group, so arrow keys move between them
 * and each keeps what was typed when the person switches back.
 */
export function ContactField({
  legend,
  value,
  onChange,
  errors,
  disabled,
}: {
  legend: string;
  value: ContactValue;
  onChange: (value: ContactValue) => void;
  errors: { phone?: string; email?: string };
  disabled?: boolean;
}) {
  const t = useTranslations('Auth.form');
  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="mb-1.5 text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1">
        {(['phone', 'email'] as const).map((kind) => (
          <label key={kind} className={tabClass}>
            <input
              type="radio"
              name="contact-kind"
              value={kind}
              checked={value.kind === kind}
              onChange={() => onChange({ ...value, kind })}
              className="sr-only"
            />
            {kind === 'phone' ? t('phoneTab') : t('emailTab')}
          </label>
        ))}
      </div>
      {value.kind === 'phone' ? (
        <TextField
          key="phone"
          label={t('phoneLabel')}
          hint={t('phoneHint')}
          error={errors.phone}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={value.phone}
          onChange={(event) => onChange({ ...value, phone: event.target.value })}
          // Put the country code back if the field was emptied, so the person only types their own number.
          onFocus={() => {
            if (value.phone.trim() === '') onChange({ ...value, phone: phonePrefix });
          }}
        />
      ) : (
        <TextField
          key="email"
          label={t('emailLabel')}
          hint={t('emailHint')}
          error={errors.email}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={value.email}
          onChange={(event) => onChange({ ...value, email: event.target.value })}
        />
      )}
    </fieldset>
  );
}
