'use client';

import { useState, type FormEvent } from 'react';
import type { TNotificationChannel, TNotificationSettings, TNotificationType } from '@dastiyor/contracts';
import { useTranslations } from 'next-intl';
import { api, settle } from '@/lib/api-client';
import { type ClientProblem, type FieldErrors, fieldErrorFor } from '@/lib/problem-client';
import { primaryButton } from '@/components/ui/button-styles';
import { FieldGroup, FormNotice, SettingsSection } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { ChannelList } from './channel-list';
import { QuietHoursFields } from './quiet-hours-fields';
import { visibleTypes } from './visible-types';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; problem: ClientProblem };

/** The whole settings object is edited locally and PUT back in one go, as the API takes it. */
export function NotificationSettingsForm({ initial, role }: { initial: TNotificationSettings; role: string }) {
  const t = useTranslations('NotificationSettings');
  const text = useProblemText();
  const [settings, setSettings] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const edit = (next: TNotificationSettings) => {
    setSettings(next);
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };
  const toggle = (type: TNotificationType, channel: TNotificationChannel, on: boolean) =>
    edit({ ...settings, channels: { ...settings.channels, [type]: { ...settings.channels[type], [channel]: on } } });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    setFieldErrors({});
    const result = await settle(api.PUT('/api/v1/me/notification-settings', { body: settings }));
    if (!result.ok) {
      setFieldErrors(result.problem.fieldErrors);
      setStatus({ kind: 'failed', problem: result.problem });
      return;
    }
    // The API answers what it stored, in the contract's shape (its own response schema checked it); the OpenAPI
    // document only keys `channels` by any string where the contract names the types. No zod here: parsing it
    // again in the browser cost this page 32 KB of first-load JavaScript (issue 18).
    setSettings(result.data as TNotificationSettings);
    setStatus({ kind: 'saved' });
  }

  const channelsError = text.field(fieldErrorFor(fieldErrors, 'channels'));
  const timeError = (field: 'from' | 'to') =>
    text.field(fieldErrorFor(fieldErrors, `quietHours.${field}`), { invalid_format: t('invalidTime') });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      <SettingsSection id="notification-channels" title={t('channelsTitle')} lead={t('lead')}>
        <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">{t('smsNote')}</p>
        <ChannelList types={visibleTypes(role)} channels={settings.channels} onToggle={toggle} />
        {channelsError ? <FormNotice tone="error">{channelsError}</FormNotice> : null}
      </SettingsSection>

      <SettingsSection id="notification-quiet" title={t('quietTitle')} lead={t('quietLead')}>
        <QuietHoursFields
          value={settings.quietHours}
          onChange={(quietHours) => edit({ ...settings, quietHours })}
          errors={{ from: timeError('from'), to: timeError('to') }}
        />
      </SettingsSection>

      {role === 'provider' ? (
        <SettingsSection id="notification-digest" title={t('digestTitle')}>
          <FieldGroup id="notification-digest-choice" legend={t('digestLead')}>
            <div className="grid gap-2 sm:grid-cols-2">
              {(['instant', 'daily'] as const).map((digest) => (
                <label
                  key={digest}
                  className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 text-sm text-slate-800"
                >
                  <input
                    type="radio"
                    name="taskDigest"
                    value={digest}
                    className="size-4 accent-brand-700"
                    checked={settings.taskDigest === digest}
                    onChange={() => edit({ ...settings, taskDigest: digest })}
                  />
                  {digest === 'instant' ? t('digestInstant') : t('digestDaily')}
                </label>
              ))}
            </div>
          </FieldGroup>
        </SettingsSection>
      ) : null}

      {status.kind === 'saved' ? <FormNotice tone="success">{t('saved')}</FormNotice> : null}
      {status.kind === 'failed' ? (
        <FormNotice tone="error">{status.problem.code === 'validation.failed' ? t('invalid') : text.problem(status.problem)}</FormNotice>
      ) : null}
      <button type="submit" className={`${primaryButton} w-full sm:w-auto`} disabled={status.kind === 'saving'}>
        {status.kind === 'saving' ? t('saving') : t('save')}
      </button>
    </form>
  );
}
