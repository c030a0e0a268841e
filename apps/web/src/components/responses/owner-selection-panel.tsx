'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { TTask } from '@dastiyor/contracts';
import { api, settle } from '@/lib/api-client';
import { FormNotice, smallButton } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { ChatLink } from './chat-link';
import { LeftReview } from './left-review';
import { ProviderSummary } from './provider-summary';
import { ReviewForm } from './review-form';
import { useTaskAction } from './use-task-action';

/** The customer after choosing: the provider, their chat, confirming the work done, then the review. */
export function OwnerSelectionPanel({ task }: { task: TTask }) {
  const t = useTranslations('Responses.selection');
  const format = useFormatter();
  const action = useTaskAction();
  const [confirming, setConfirming] = useState(false);
  const provider = task.selectedProvider;
  if (!provider) return null;

  return (
    <div className="space-y-4">
      <div className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50/50 p-4">
        <h3 className="font-semibold text-emerald-900">{t('chosenTitle')}</h3>
        <ProviderSummary provider={provider} />
        <ChatLink conversationId={task.conversationId} />
      </div>

      {task.can.complete ? (
        <div className="space-y-3">
          {task.completionRequestedAt ? (
            <FormNotice tone="info">
              {t('completionRequested', {
                name: provider.name,
                when: format.dateTime(new Date(task.completionRequestedAt), { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </FormNotice>
          ) : null}
          {confirming ? (
            <div className="space-y-2 rounded-lg border border-brand-200 bg-white p-3">
              <p className="text-sm text-slate-800">{t('completeConfirm')}</p>
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  disabled={action.busy}
                  className={`${primaryButton} min-h-10 px-4 py-2 text-sm`}
                  onClick={async () => {
                    const complete = { params: { path: { id: task.id } }, body: { status: 'completed' as const } };
                    if (await action.run(() => settle(api.POST('/api/v1/tasks/{id}/status', complete)))) setConfirming(false);
                  }}
                >
                  {action.busy ? t('completing') : t('completeYes')}
                </button>
                <button type="button" disabled={action.busy} className={smallButton} onClick={() => setConfirming(false)}>
                  {t('back')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={`${primaryButton} w-full sm:w-auto`} onClick={() => setConfirming(true)}>
              {t('complete')}
            </button>
          )}
          {action.error ? <FormNotice tone="error">{action.error}</FormNotice> : null}
        </div>
      ) : null}

      {task.review ? (
        <LeftReview review={task.review} />
      ) : task.can.review ? (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <h3 className="font-semibold text-slate-900">{t('reviewTitle')}</h3>
          <p className="text-sm text-slate-600">{t('reviewLead')}</p>
          <ReviewForm taskId={task.id} providerName={provider.name} />
        </div>
      ) : null}
    </div>
  );
}
