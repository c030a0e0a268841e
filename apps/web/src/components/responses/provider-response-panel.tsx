import { useTranslations } from 'next-intl';
import type { TTask } from '@dastiyor/contracts';
import { ChosenProviderPanel, OwnResponseCard, ResponseForm } from '@/components/tasks/task-page-islands';
import { ResponsesCount } from './responses-count';

/** What a provider sees under a task: the work they were chosen for, their response, or the form to respond. */
export function ProviderResponsePanel({ task, viewerId }: { task: TTask; viewerId: string }) {
  const t = useTranslations('Responses');
  if (task.selectedProvider?.id === viewerId) return <ChosenProviderPanel task={task} />;
  // Their own response card already says when someone else was chosen.
  const taken = !task.myResponse && (task.status === 'in_progress' || task.status === 'completed');

  return (
    <div className="space-y-4">
      <ResponsesCount count={task.responsesCount} />
      {taken ? <p className="rounded-lg bg-slate-100 px-3 py-2.5 text-sm text-slate-700">{t('takenByAnother')}</p> : null}
      {task.status === 'cancelled' ? <p className="rounded-lg bg-slate-100 px-3 py-2.5 text-sm text-slate-700">{t('cancelled')}</p> : null}
      {task.myResponse ? (
        <OwnResponseCard response={task.myResponse} changeable={task.can.changeResponse} />
      ) : task.can.respond ? (
        <div className="space-y-3">
          <h3 className="font-semibold text-slate-900">{t('form.title')}</h3>
          <ResponseForm taskId={task.id} />
        </div>
      ) : null}
    </div>
  );
}
