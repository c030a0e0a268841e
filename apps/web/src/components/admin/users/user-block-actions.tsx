'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TAdminUserSummary } from '@dastiyor/contracts';
import { fieldErrorFor } from '@/lib/problem-client';
import { dangerButton, describedBy, Field, FormNotice, inputClass, smallButton } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

const reasonMax = 500;

/** Block with a reason (sessions end, open tasks leave the feed) or lift the block. Admins cannot be blocked here. */
export function UserBlockActions({ user }: { user: Pick<TAdminUserSummary, 'id' | 'role' | 'status'> }) {
  const t = useTranslations('Admin.users.block');
  const text = useProblemText();
  const { run, pending, problem } = useAdminAction();
  const [reason, setReason] = useState('');

  if (user.role === 'admin') return <p className="text-sm text-slate-600">{t('adminNotBlockable')}</p>;

  const reasonError = text.field(problem ? fieldErrorFor(problem.fieldErrors, 'reason') : undefined, {
    too_small: t('reasonTooShort'),
    too_big: t('reasonTooLong', { max: reasonMax }),
  });
  const alert = problem && !reasonError ? (problem.code === 'conflict' ? t('changedMeanwhile') : text.problem(problem)) : null;

  if (user.status === 'blocked') {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">{t('unblockLead')}</p>
        <button
          type="button"
          className={smallButton}
          disabled={pending}
          onClick={() => void run(() => settle(api.POST('/api/v1/admin/users/{id}/unblock', { params: { path: { id: user.id } } })))}
        >
          {pending ? t('saving') : t('unblock')}
        </button>
        {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
      </div>
    );
  }

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const block = { params: { path: { id: user.id } }, body: { reason: reason.trim() } };
        void run(() => settle(api.POST('/api/v1/admin/users/{id}/block', block))).then((ok) => ok && setReason(''));
      }}
    >
      <Field id="user-block-reason" label={t('reason')} hint={t('reasonHint')} error={reasonError}>
        <textarea
          id="user-block-reason"
          name="reason"
          rows={3}
          required
          minLength={3}
          maxLength={reasonMax}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={describedBy('user-block-reason', { hint: true, error: reasonError })}
          className={inputClass}
        />
      </Field>
      <button type="submit" className={dangerButton} disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
      {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
    </form>
  );
}
