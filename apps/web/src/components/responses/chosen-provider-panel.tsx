'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { TTask } from '@dastiyor/contracts';
import { Link } from '@/i18n/navigation';
import { api, settle } from '@/lib/api-client';
import { FormNotice } from '@/components/account/form-controls';
import { primaryButton } from '@/components/ui/button-styles';
import { ChatLink } from './chat-link';
import { LeftReview } from './left-review';
import { useTaskAction } from './use-task-action';

/** The selected provider: the customer's contacts and address, the chat, asking to confirm the work done. */
export function ChosenProviderPanel({ task }: { task: TTask }) {
  const t = useTranslations('Responses.chosen');
  const format = useFormatter();
  const action = useTaskAction();
  const contacts = task.contacts;

  return (
    <div className="space-y-4">
      <div className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50/50 p-4">
        <h3 className="font-semibold text-emerald-900">{task.status === 'completed' ? t('completedTitle') : t('title')}</h3>
        {contacts ? (
          <dl className="space-y-1.5 text-sm">
            <div className="flex flex-wrap gap-x-2">
              <dt className="text-slate-600">{t('customer')}</dt>
              <dd className="font-semibold text-slate-900">{task.customer.name}</dd>
            </div>
            {contacts.phone ? (
              <div className="flex flex-wrap gap-x-2">
                <dt className="text-slate-600">{t('phone')}</dt>
                <dd>
                  <a href={`tel:${contacts.phone}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                    {contacts.phone}
                  </a>
                </dd>
              </div>
            ) : null}
            {contacts.email ? (
              <div className="flex flex-wrap gap-x-2">
                <dt className="text-slate-600">{t('email')}</dt>
                <dd className="break-all">
                  <a href={`mailto:${contacts.email}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                    {contacts.email}
                  </a>
                </dd>
              </div>
            ) : null}
            {task.address ? (
              <div className="flex flex-wrap gap-x-2">
                <dt className="text-slate-600">{t('address')}</dt>
                <dd className="font-semibold break-words text-slate-900">{task.address}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p className="text-sm text-slate-700">
            {t('contactsHidden')}{' '}
            <Link href="/subscription" className="font-semibold text-brand-800 underline">
              {t('subscriptionLink')}
            </Link>
          </p>
        )}
        <ChatLink conversationId={task.conversationId} />
      </div>

      {task.can.requestCompletion ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">{t('askLead')}</p>
          <button
            type="button"
            disabled={action.busy}
            className={`${primaryButton} w-full disabled:opacity-70 sm:w-auto`}
            onClick={() =>
              action.run(() => settle(api.POST('/api/v1/tasks/{id}/completion-request', { params: { path: { id: task.id } } })))
            }
          >
            {action.busy ? t('asking') : t('ask')}
          </button>
          {action.error ? <FormNotice tone="error">{action.error}</FormNotice> : null}
        </div>
      ) : task.status === 'in_progress' && task.completionRequestedAt ? (
        <FormNotice tone="info">
          {t('completionAsked', {
            when: format.dateTime(new Date(task.completionRequestedAt), { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </FormNotice>
      ) : null}

      {task.status === 'completed' && task.review ? <LeftReview review={task.review} /> : null}
    </div>
  );
}
