'use client';

import type { TNotificationSettings } from '@dastiyor/contracts';
import { useTranslations } from 'next-intl';
import { describedBy, Field, inputClass } from '@/components/account/form-controls';

type QuietHours = TNotificationSettings['quietHours'];

/** A toggle and the two ends of the quiet window, in Dushanbe time (the lead above says so). */
export function QuietHoursFields({
  value,
  onChange,
  errors,
}: {
  value: QuietHours;
  onChange: (next: QuietHours) => void;
  errors: { from?: string; to?: string };
}) {
  const t = useTranslations('NotificationSettings');
  return (
    <div className="space-y-3">
      <label className="flex min-h-11 items-center gap-2 text-sm font-semibold text-slate-800">
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          checked={value.enabled}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        {t('quietEnabled')}
      </label>
      <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
        {(['from', 'to'] as const).map((end) => {
          const id = `quiet-${end}`;
          return (
            <Field key={end} id={id} label={end === 'from' ? t('quietFrom') : t('quietTo')} error={errors[end]}>
              <input
                id={id}
                type="time"
                required
                value={value[end]}
                disabled={!value.enabled}
                onChange={(event) => onChange({ ...value, [end]: event.target.value })}
                aria-invalid={errors[end] ? true : undefined}
                aria-describedby={describedBy(id, { error: errors[end] })}
                className={inputClass}
              />
            </Field>
          );
        })}
      </div>
    </div>
  );
}
