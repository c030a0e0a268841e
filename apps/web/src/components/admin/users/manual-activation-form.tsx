'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TAdminPlan } from '@dastiyor/contracts';
import { fieldErrorFor } from '@/lib/problem-client';
import { describedBy, Field, FormNotice, inputClass, smallButton } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

const reasonMax = 500;
type PlanOption = Pick<TAdminPlan, 'id' | 'code' | 'name' | 'durationDays'>;

/** Manual activation: `days` of a plan on sale, with a reason; the API follows the same renew rules as a purchase. */
export function ManualActivationForm({ providerId, plans }: { providerId: string; plans: PlanOption[] }) {
  const t = useTranslations('Admin.users.activation');
  const text = useProblemText();
  const locale = useLocale() === 'tg' ? 'tg' : 'ru';
  const { run, pending, problem, done } = useAdminAction();
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [days, setDays] = useState(String(plans[0]?.durationDays ?? 30));
  const [reason, setReason] = useState('');

  if (plans.length === 0) return <p className="text-sm text-slate-600">{t('noPlans')}</p>;

  const errorOf = (field: string) =>
    text.field(problem ? fieldErrorFor(problem.fieldErrors, field) : undefined, {
      too_small: field === 'days' ? t('daysRange') : t('reasonTooShort'),
      too_big: field === 'days' ? t('daysRange') : t('reasonTooLong', { max: reasonMax }),
    });
  const daysError = errorOf('days');
  const reasonError = errorOf('reason');
  const alert =
    problem && !daysError && !reasonError ? (problem.code === 'plans.inactive' ? t('planInactive') : text.problem(problem)) : null;

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const body = { providerId, planId, days: Number(days), reason: reason.trim() };
        void run(() => settle(api.POST('/api/v1/admin/subscriptions', { body }))).then((ok) => ok && setReason(''));
      }}
    >
      <Field id="activation-plan" label={t('plan')}>
        <select
          id="activation-plan"
          value={planId}
          onChange={(event) => {
            setPlanId(event.target.value);
            const plan = plans.find((p) => p.id === event.target.value);
            if (plan) setDays(String(plan.durationDays));
          }}
          className={inputClass}
        >
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.name[locale]} ({plan.code})
            </option>
          ))}
        </select>
      </Field>
      <Field id="activation-days" label={t('days')} error={daysError}>
        <input
          id="activation-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={366}
          required
          value={days}
          onChange={(event) => setDays(event.target.value)}
          aria-invalid={daysError ? true : undefined}
          aria-describedby={describedBy('activation-days', { error: daysError })}
          className={inputClass}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field id="activation-reason" label={t('reason')} hint={t('reasonHint')} error={reasonError}>
          <textarea
            id="activation-reason"
            rows={2}
            required
            minLength={3}
            maxLength={reasonMax}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy('activation-reason', { hint: true, error: reasonError })}
            className={inputClass}
          />
        </Field>
      </div>
      <div className="space-y-3 sm:col-span-2">
        <button type="submit" className={smallButton} disabled={pending}>
          {pending ? t('saving') : t('submit')}
        </button>
        {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
        {done ? <FormNotice tone="success">{t('done')}</FormNotice> : null}
      </div>
    </form>
  );
}
