'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TTaskActions, TTaskStatus } from '@dastiyor/contracts';
import { Link, useRouter } from '@/i18n/navigation';
import { api, inLocale, settle } from '@/lib/api-client';
import { type ClientProblem, fieldErrorFor } from '@/lib/problem-client';
import { dangerButton, describedBy, Field, FormNotice, inputClass } from '@/components/account/form-controls';
import { useProblemText } from '@/components/account/use-problem-text';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';

const reasonMax = 500;

/**
 * What the customer can do with their task now: publish a draft, edit while nobody is chosen, cancel (with a
 * reason) while open or in progress. The buttons are the API's answer (`can`), not a rule of the page's own.
 */
export function TaskOwnerActions({ taskId, can }: { taskId: string; can: TTaskActions }) {
  const t = useTranslations('TaskPage.owner');
  const text = useProblemText();
  const locale = useLocale();
  const router = useRouter();
  const [pending, setPending] = useState<TTaskStatus | null>(null);
  const [problem, setProblem] = useState<ClientProblem | null>(null);
  const [reason, setReason] = useState('');

  async function move(to: TTaskStatus) {
    setPending(to);
    setProblem(null);
    const body = to === 'cancelled' ? { status: to, reason: reason.trim() || undefined } : { status: to };
    const result = await settle(
      api.POST('/api/v1/tasks/{id}/status', { params: { path: { id: taskId } }, body, headers: inLocale(locale) }),
    );
    setPending(null);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    router.refresh();
  }

  const reasonCode = problem ? fieldErrorFor(problem.fieldErrors, 'reason') : undefined;
  const reasonError = text.field(reasonCode, { required: t('reasonRequired'), too_big: t('reasonTooLong', { max: reasonMax }) });
  const alert = problem && !reasonError ? (problem.code === 'tasks.duplicate' ? t('duplicate') : text.problem(problem)) : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {can.publish ? (
          <button
            type="button"
            className={`${primaryButton} disabled:opacity-60`}
            disabled={pending !== null}
            onClick={() => void move('new')}
          >
            {pending === 'new' ? t('publishing') : t('publish')}
          </button>
        ) : null}
        {/* Completing an in-progress task lives beside the chosen provider in the responses section. */}
        {can.edit ? (
          <Link href={`/tasks/${taskId}/edit`} className={secondaryButton}>
            {t('edit')}
          </Link>
        ) : null}
      </div>

      {can.cancel ? (
        <details className="rounded-xl border border-slate-200 bg-slate-50 p-3" open={reasonError !== undefined}>
          <summary className="min-h-10 cursor-pointer py-2 font-semibold text-red-700">{t('cancel')}</summary>
          <div className="mt-2 space-y-3">
            <Field id="task-cancel-reason" label={t('reason')} hint={t('reasonHint')} error={reasonError}>
              <textarea
                id="task-cancel-reason"
                rows={3}
                maxLength={reasonMax}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={describedBy('task-cancel-reason', { hint: true, error: reasonError })}
                className={inputClass}
              />
            </Field>
            <button type="button" className={dangerButton} disabled={pending !== null} onClick={() => void move('cancelled')}>
              {pending === 'cancelled' ? t('saving') : t('confirmCancel')}
            </button>
          </div>
        </details>
      ) : null}

      {alert ? <FormNotice tone="error">{alert}</FormNotice> : null}
    </div>
  );
}
