'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TAdminTaskDetail } from '@dastiyor/contracts';
import { useRouter } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import type { ApiCallResult } from '@/lib/problem-client';
import { problemMessage } from '@/lib/problem-messages';
import { dangerButton, FormNotice, inputClass, smallButton } from '@/components/account/form-controls';

type Action = 'hide' | 'unhide' | 'cancel';
const reasonMin = 3;
const reasonMax = 500;

/** The call behind one action: hide and cancel carry the reason, unhide nothing. */
function actionCall(taskId: string, action: Action, reason: string): Promise<ApiCallResult<unknown>> {
  const path = { id: taskId };
  if (action === 'unhide') return settle(api.POST('/api/v1/admin/tasks/{id}/unhide', { params: { path } }));
  const withReason = { params: { path }, body: { reason } };
  return action === 'hide'
    ? settle(api.POST('/api/v1/admin/tasks/{id}/hide', withReason))
    : settle(api.POST('/api/v1/admin/tasks/{id}/cancel', withReason));
}

/**
 * Hide (with a reason the customer will see), unhide, cancel (with a reason). Each asks for the reason in
 * place and confirms with a second button; the page is server-rendered, so a success refreshes it. Which
 * buttons show is the API's answer (`can`).
 */
export function AdminTaskActions({ taskId, can }: { taskId: string; can: TAdminTaskDetail['can'] }) {
  const t = useTranslations('Admin.tasks.actions');
  const tProblems = useTranslations('Problems');
  const router = useRouter();
  const reasonId = useId();
  const [open, setOpen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const needsReason = open === 'hide' || open === 'cancel';

  async function submit() {
    if (!open) return;
    if (needsReason && reason.trim().length < reasonMin) {
      setError(t('reasonRequired', { min: reasonMin }));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await actionCall(taskId, open, reason.trim());
    setBusy(false);
    if (!result.ok) {
      const { code } = result.problem;
      setError(
        code === 'tasks.owner_blocked'
          ? t('ownerBlocked')
          : code === 'conflict'
            ? t(`conflict.${open}`)
            : problemMessage(result.problem, tProblems),
      );
      return;
    }
    setDone(t(`done.${open}`));
    setOpen(null);
    setReason('');
    router.refresh();
  }

  const start = (action: Action) => {
    setOpen(action);
    setError(null);
    setDone(null);
  };

  return (
    <div className="space-y-3">
      {open === null ? (
        <div className="flex flex-wrap gap-2">
          {can.unhide ? (
            <button type="button" className={smallButton} onClick={() => start('unhide')}>
              {t('unhide')}
            </button>
          ) : null}
          {can.hide ? (
            <button type="button" className={dangerButton} onClick={() => start('hide')}>
              {t('hide')}
            </button>
          ) : null}
          {can.cancel ? (
            <button type="button" className={dangerButton} onClick={() => start('cancel')}>
              {t('cancel')}
            </button>
          ) : null}
        </div>
      ) : (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3">
          <p className="text-sm text-slate-800">{t(`explain.${open}`)}</p>
          {needsReason ? (
            <div>
              <label htmlFor={reasonId} className="mb-1.5 block text-sm font-semibold text-slate-800">
                {t('reason')}
              </label>
              <textarea
                id={reasonId}
                value={reason}
                maxLength={reasonMax}
                rows={3}
                onChange={(event) => setReason(event.target.value)}
                className={inputClass}
                aria-invalid={error !== null}
              />
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={open === 'unhide' ? smallButton : dangerButton} disabled={busy} onClick={() => void submit()}>
              {busy ? t('saving') : t(`confirm.${open}`)}
            </button>
            <button type="button" className={smallButton} disabled={busy} onClick={() => setOpen(null)}>
              {t('back')}
            </button>
          </div>
        </div>
      )}
      {error ? <FormNotice tone="error">{error}</FormNotice> : null}
      {done ? <FormNotice tone="success">{done}</FormNotice> : null}
    </div>
  );
}
