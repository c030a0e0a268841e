'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TMaintenance, TMaintenanceMessage } from '@dastiyor/contracts';
import { describedBy, Field, FieldGroup, FormNotice, inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

const languages = ['ru', 'tg'] as const;
type Language = (typeof languages)[number];

/**
 * Maintenance on or off with the message visitors see, in Russian and in Tajik or not at all (PUT
 * /admin/settings): each visitor reads it in their page's language. The page re-renders with the new state.
 */
export function MaintenanceForm({ current }: { current: TMaintenance }) {
  const t = useTranslations('Admin.settings');
  const action = useAdminAction();
  const [enabled, setEnabled] = useState(current.enabled);
  const [message, setMessage] = useState<TMaintenanceMessage>(current.message ?? { ru: '', tg: '' });
  const [missing, setMissing] = useState<Language | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const written = { ru: message.ru.trim(), tg: message.tg.trim() };
    // One language only would show a Russian notice on Tajik pages (or the reverse): the API refuses it too.
    const gap = languages.find((language) => written[language] === '' && written[language === 'ru' ? 'tg' : 'ru'] !== '') ?? null;
    setMissing(gap);
    if (gap) return void document.getElementById(`maintenance-message-${gap}`)?.focus();
    const body = { maintenance: { enabled, message: written.ru === '' ? null : written } };
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
      <FieldGroup id="maintenance-message" legend={t('message')} hint={t('messageHint')}>
        <div className="space-y-3">
          {languages.map((language) => {
            const id = `maintenance-message-${language}`;
            const error = missing === language ? t('messageBothRequired') : undefined;
            return (
              <Field key={language} id={id} label={t(language === 'ru' ? 'messageRu' : 'messageTg')} error={error}>
                <textarea
                  id={id}
                  lang={language}
                  rows={3}
                  maxLength={500}
                  value={message[language]}
                  onChange={(event) => {
                    setMessage({ ...message, [language]: event.target.value });
                    if (missing === language) setMissing(null);
                  }}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(id, { error })}
                  className={inputClass}
                />
              </Field>
            );
          })}
        </div>
      </FieldGroup>
      {saved ? <FormNotice tone="success">{enabled ? t('savedOn') : t('savedOff')}</FormNotice> : null}
      {action.error ? <FormNotice tone="error">{action.error}</FormNotice> : null}
      <button type="submit" disabled={action.pending} className={`${primaryButton} disabled:opacity-70`}>
        {t('save')}
      </button>
    </form>
  );
}
