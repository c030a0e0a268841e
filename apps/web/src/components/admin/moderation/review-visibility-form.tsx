'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { dangerButton, inputClass, smallButton } from '@/components/account/form-controls';
import { ProblemLine } from './problem-line';
import { api, settle } from '@/lib/api-client';
import { useAdminAction } from '@/components/admin/use-admin-action';

/** Hide a review with a reason, or show a hidden one again; the provider's rating follows on the server. */
export function ReviewVisibilityForm({ reviewId, hidden }: { reviewId: string; hidden: boolean }) {
  const t = useTranslations('Admin.complaints.reviews');
  const id = useId();
  const [reason, setReason] = useState('');
  const { run, pending, problem } = useAdminAction();
  if (hidden) {
    return (
      <div className="space-y-1">
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => settle(api.POST('/api/v1/admin/reviews/{id}/unhide', { params: { path: { id: reviewId } } })))}
          className={smallButton}
        >
          {t('unhide')}
        </button>
        <ProblemLine problem={problem} />
      </div>
    );
  }
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        const hide = { params: { path: { id: reviewId } }, body: { reason: reason.trim() } };
        if (await run(() => settle(api.POST('/api/v1/admin/reviews/{id}/hide', hide)))) setReason('');
      }}
    >
      <div className="min-w-40 flex-1">
        <label htmlFor={`${id}-reason`} className="mb-1 block text-sm font-semibold text-slate-800">
          {t('reason')}
        </label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} className={inputClass} />
      </div>
      <button type="submit" disabled={pending || reason.trim().length < 3} className={dangerButton}>
        {t('hide')}
      </button>
      <div className="basis-full">
        <ProblemLine problem={problem} />
      </div>
    </form>
  );
}
