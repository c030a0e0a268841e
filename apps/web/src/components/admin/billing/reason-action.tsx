'use client';

import { type FormEvent, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { dangerButton, FormNotice, inputClass, smallButton } from '@/components/account/form-controls';
import { api, settle } from '@/lib/api-client';
import { fieldErrorFor } from '@/lib/problem-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** The two actions that need a reason, named with the id they act on (a server page cannot hand this component a call). */
export type ReasonActionTarget = { kind: 'refund_payment'; id: string } | { kind: 'revoke_subscription'; id: string };

function reasonCall(target: ReasonActionTarget, reason: string) {
  const request = { params: { path: { id: target.id } }, body: { reason } };
  return target.kind === 'refund_payment'
    ? settle(api.POST('/api/v1/admin/payments/{id}/refund', request))
    : settle(api.POST('/api/v1/admin/subscriptions/{id}/revoke', request));
}

/**
 * A destructive admin action that needs a written reason (revoke a period, refund a payment): a button
 * that unfolds a short form; on success the page re-renders from the server.
 */
export function ReasonAction({ label, confirmLabel, target }: { label: string; confirmLabel: string; target: ReasonActionTarget }) {
  const t = useTranslations('Admin.billing');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const action = useAdminAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    if (await action.run(() => reasonCall(target, reason.trim()))) setOpen(false);
  }

  if (!open) {
    return (
      <button type="button" className={dangerButton} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  const invalid = tooShort || Boolean(action.problem && fieldErrorFor(action.problem.fieldErrors, 'reason'));
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="w-64 max-w-full space-y-2">
      <label htmlFor={`${id}-reason`} className="block text-sm font-semibold text-slate-800">
        {t('reason')}
      </label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={invalid || undefined}
        className={inputClass}
      />
      {invalid ? <p className="text-sm font-medium text-red-700">{t('reasonShort')}</p> : null}
      {action.error && !invalid ? <FormNotice tone="error">{action.error}</FormNotice> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={action.pending} className={dangerButton}>
          {confirmLabel}
        </button>
        <button type="button" className={smallButton} onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
