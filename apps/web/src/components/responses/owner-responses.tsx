import { useTranslations } from 'next-intl';
import type { TTask, TTaskResponse } from '@dastiyor/contracts';
import { Notice } from '@/components/ui/notice';
import { OwnerResponseCard, OwnerSelectionPanel } from '@/components/tasks/task-page-islands';

/**
 * The customer's side: the chosen provider (once chosen) above the responses, Premium ones first and
 * highlighted, with the ranking rule in plain words. `responses` null: the list could not be loaded.
 */
export function OwnerResponses({ task, responses }: { task: TTask; responses: TTaskResponse[] | null }) {
  const t = useTranslations('Responses.owner');
  const others = responses?.filter((r) => r.provider.id !== task.selectedProvider?.id && r.status !== 'withdrawn') ?? null;

  return (
    <div className="space-y-5">
      {task.selectedProvider ? <OwnerSelectionPanel task={task} /> : null}
      {task.status === 'draft' ? <p className="text-sm text-slate-600">{t('draft')}</p> : null}
      {others === null ? (
        <Notice tone="error">{t('loadError')}</Notice>
      ) : task.status === 'draft' ? null : others.length === 0 ? (
        task.selectedProvider ? null : (
          <Notice tone="empty">{t('none')}</Notice>
        )
      ) : (
        <div className="space-y-3">
          <h3 className="font-semibold text-slate-900">
            {task.selectedProvider ? t('othersTitle', { count: others.length }) : t('title', { count: others.length })}
          </h3>
          <p className="text-sm text-slate-600">{t('rankingRule')}</p>
          <ul className="space-y-3">
            {others.map((response) => (
              <li key={response.id}>
                <OwnerResponseCard response={response} canDecide={task.can.decideResponses} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
