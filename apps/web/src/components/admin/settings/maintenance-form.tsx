'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TMaintenance } from '@dastiyor/contracts';
import { describedBy, Field, FormNotice, inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** Maintenance on or off with the message visitors see (PUT /admin/settings); the page re-renders with the new state. */
export function MaintenanceForm({ current }: { current: TMaintenance }) {
  const t = useTranslations('Admin.settings');
  const action = useAdminAction();
  const [enabled, setEnabled] = useState(current.enabled);
  const [message, setMessage] = useState(current.message ?? '');
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const body = { maintenance: { enabled, message: message.trim() || null } };
    const ok = await action.run(() => settle(api.PUT('/api/v1/admin/settings', { body })));
    if (ok) setSaved(true);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t('mode')}</legend>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="radio" name="maintenance" checked={!enabled} onChange={() => setEnabled(false)} className="size-5" />
          {t('off')}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="radio" name="maintenance" checked={enabled} onChange={() => setEnabled(true)} className="size-5" />
          {t('on')}
        </label>
      </fieldset>
      <Field id="maintenance-message" label={t('message')} hint={t('messageHint')}>
        <textarea
          id="maintenance-message"
          rows={3}
          maxLength={500}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-describedby={describedBy('maintenance-message', { hint: t('messageHint') })}
          className={inputClass}
        />
      </Field>
      {saved ? <FormNotice tone="success">{enabled ? t('savedOn') : t('savedOff')}</FormNotice> : null}
      {action.error ? <FormNotice tone="error">{action.error}</FormNotice> : null}
      <button type="submit" disabled={action.pending} className={`${primaryButton} disabled:opacity-70`}>
        {t('save')}
      </button>
    </form>
  );
}
