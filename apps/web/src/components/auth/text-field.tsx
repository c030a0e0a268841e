import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

// 16 px text stops phones from zooming into the field; 48 px tall is an easy target for a thumb.
const inputClass =
  'block min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 placeholder:text-slate-400 ' +
  'focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600 disabled:bg-slate-100 ' +
  'aria-invalid:border-red-600 aria-invalid:focus:outline-red-600';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'aria-invalid' | 'aria-describedby'
> {
  label: string;
  hint?: ReactNode;
  /** Shown under the input and tied to it (aria-invalid, aria-describedby). */
  error?: string;
  /** A control drawn inside the input's right edge, e.g. the show-password button. */
  trailing?: ReactNode;
  inputClassName?: string;
}

/** A labelled input with its hint and error, wired for screen readers. */
export function TextField({ label, hint, error, trailing, inputClassName = '', ...input }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <div className="relative mt-1.5">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${trailing ? 'pr-32' : ''} ${inputClassName}`}
          {...input}
        />
        {trailing}
      </div>
      {error ? (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="mt-1.5 text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
