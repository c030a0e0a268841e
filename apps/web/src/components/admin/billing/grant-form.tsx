'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import { describedBy, Field, FormNotice, inputClass } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { fieldErrorFor } from '@/lib/problem-client';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Manual activation: a period of `days` of a plan for a provider, with the reason (POST /admin/subscriptions). */
export function GrantForm({ plans, providerId: initialProvider }: { plans: Array<{ id: string; name: string }>; providerId?: string }) {
  const t = useTranslations('Admin.billing.grant');
  const action = useAdminAction();
  const [providerId, setProviderId] = useState(initialProvider ?? '');
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [days, setDays] = useState('30');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [granted, setGranted] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGranted(false);
    const dayCount = Number(days);
    const local: Record<string, string> = {};
    if (!uuidPattern.test(providerId.trim())) local.providerId = t('providerInvalid');
    if (!Number.isInteger(dayCount) || dayCount < 1 || dayCount > 366) local.days = t('daysInvalid');
    if (reason.trim().length < 3) local.reason = t('reasonShort');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const body = { providerId: providerId.trim(), planId, days: dayCount, reason: reason.trim() };
    const ok = await action.run(() => settle(api.POST('/api/v1/admin/subscriptions', { body })));
    if (ok) {
      setGranted(true);
      setReason('');
    }
  }

  const apiField = (field: string) => (action.problem && fieldErrorFor(action.problem.fieldErrors, field) ? t('invalid') : undefined);
  const error = (field: string) => errors[field] ?? apiField(field);
  const notFound = action.problem?.code === 'not_found' ? t('notFound') : null;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-3 sm:grid-cols-2">
      <Field id="grant-provider" label={t('providerId')} hint={t('providerHint')} error={error('providerId')}>
        <input
          id="grant-provider"
          value={providerId}
          onChange={(event) => setProviderId(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error('providerId') ? true : undefined}
          aria-describedby={describedBy('grant-provider', { hint: t('providerHint'), error: error('providerId') })}
          className={`${inputClass} font-mono text-sm`}
        />
      </Field>
      <Field id="grant-plan" label={t('plan')}>
        <select id="grant-plan" value={planId} onChange={(event) => setPlanId(event.target.value)} className={inputClass}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="grant-days" label={t('days')} error={error('days')}>
        <input
          id="grant-days"
          inputMode="numeric"
          value={days}
          onChange={(event) => setDays(event.target.value)}
          aria-invalid={error('days') ? true : undefined}
          aria-describedby={describedBy('grant-days', { error: error('days') })}
          className={`${inputClass} sm:max-w-32`}
        />
      </Field>
      <Field id="grant-reason" label={t('reason')} error={error('reason')}>
        <input
          id="grant-reason"
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={error('reason') ? true : undefined}
          aria-describedby={describedBy('grant-reason', { error: error('reason') })}
          className={inputClass}
        />
      </Field>
      <div className="space-y-2 sm:col-span-2">
        {granted ? <FormNotice tone="success">{t('granted')}</FormNotice> : null}
        {notFound ? <FormNotice tone="error">{notFound}</FormNotice> : null}
        {action.error && !notFound && Object.keys(action.problem?.fieldErrors ?? {}).length === 0 ? (
          <FormNotice tone="error">{action.error}</FormNotice>
        ) : null}
        <button type="submit" disabled={action.pending} className={`${primaryButton} disabled:opacity-70`}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
