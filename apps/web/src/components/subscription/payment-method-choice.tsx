'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { TPaymentMethodId } from '@dastiyor/contracts';

/**
 * One radio per way to pay, as big tappable rows (44 px and up); on a phone they stack, from `sm` they sit
 * side by side. Native radios in a fieldset: arrow keys move the choice, the legend names the group.
 */
export function PaymentMethodChoice({
  methods,
  value,
  onChange,
  disabled = false,
}: {
  methods: readonly TPaymentMethodId[];
  value: TPaymentMethodId | null;
  onChange: (method: TPaymentMethodId) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('Payments');
  const name = useId();
  return (
    <fieldset className="min-w-0" disabled={disabled}>
      <legend className="mb-2 block text-sm font-semibold text-slate-800">{t('methodChoice')}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {methods.map((method) => (
          <label
            key={method}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-medium text-slate-900 hover:border-brand-600 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-600 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 has-disabled:cursor-not-allowed has-disabled:opacity-70"
          >
            <input
              type="radio"
              name={name}
              value={method}
              checked={value === method}
              onChange={() => onChange(method)}
              className="size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
            />
            <span className="min-w-0 break-words">{t(`methods.${method}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
