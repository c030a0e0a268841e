'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { TRole } from '@dastiyor/contracts';

const roles: readonly TRole[] = ['customer', 'provider'];

/** Customer or provider, each explained in a line; the choice is final, and the legend says so. */
export function RoleChoice({ value, onChange, error }: { value: TRole | null; onChange: (role: TRole) => void; error?: string }) {
  const t = useTranslations('Auth.signup');
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error ${id}-note` : `${id}-note`}>
      <legend className="text-sm font-semibold text-slate-900">{t('roleLegend')}</legend>
      <div className="mt-1.5 grid gap-2">
        {roles.map((role) => (
          <label
            key={role}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-600 has-[[aria-invalid=true]]:border-red-600"
          >
            <input
              type="radio"
              name="role"
              value={role}
              checked={value === role}
              onChange={() => onChange(role)}
              aria-invalid={error ? true : undefined}
              className="mt-0.5 size-5 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block font-semibold text-slate-900">{t(`roles.${role}.title`)}</span>
              <span className="block text-sm text-slate-600">{t(`roles.${role}.text`)}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <p id={`${id}-note`} className="mt-1.5 text-sm text-slate-500">
        {t('roleFixed')}
      </p>
    </fieldset>
  );
}
