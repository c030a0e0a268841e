import { useFormatter, useTranslations } from 'next-intl';
import type { TAdminTaskDetail } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import { formatSomoni } from '@/lib/money';
import { TaskStatusBadge } from '@/components/tasks/task-badges';
import { AdminAuditTrail } from './admin-audit-trail';
import { AdminTaskActions } from './admin-task-actions';
import { AdminTaskComplaints } from './admin-task-complaints';
import { AdminTaskResponses } from './admin-task-responses';
import { CardSection, Fact } from '@/components/ui/card-section';
import { HiddenBadge } from './hidden-badge';

export function AdminTaskDetails({ task, locale }: { task: TAdminTaskDetail; locale: AppLocale }) {
  const t = useTranslations('Admin.tasks.detail');
  const tm = useTranslations('Money');
  const format = useFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const place = [task.city.name[locale], task.district?.name[locale]].filter(Boolean).join(', ');

  return (
    <div className="space-y-4">
      <header className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <div className="flex flex-wrap items-center gap-2">
          <p className="min-w-0 text-sm break-words text-slate-500">
            {task.category.name[locale]} › {task.subcategory.name[locale]}
          </p>
          <div className="ml-auto flex flex-wrap gap-1.5">
            <TaskStatusBadge status={task.status} />
            {task.hidden ? <HiddenBadge /> : null}
          </div>
        </div>
        <h1 className="mt-2 text-2xl font-bold tracking-tight break-words text-slate-900">{task.title}</h1>
        {task.hidden ? (
          <p className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900">
            {t(task.hidden.cause === 'owner_blocked' ? 'hiddenByBlock' : 'hiddenByAdmin', {
              date: when(task.hidden.at),
              reason: task.hidden.reason ?? '—',
            })}
          </p>
        ) : null}
        {task.status === 'cancelled' ? (
          <p className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
            {t('cancelled', { reason: task.cancelReason ?? '—' })}
          </p>
        ) : null}
        <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t('budget')}>
            {task.budgetAmount !== null ? tm('amount', { amount: formatSomoni(task.budgetAmount, locale) }) : t('negotiable')}
          </Fact>
          <Fact label={t('place')}>{place}</Fact>
          <Fact label={t('address')}>{task.address ?? '—'}</Fact>
          <Fact label={t('customer')}>
            <Link href={`/admin/users/${task.customer.id}`} className="text-brand-800 underline underline-offset-2">
              {task.customer.name}
            </Link>
            {task.customer.status === 'blocked' ? <span className="ml-1 text-sm text-red-700">({t('blocked')})</span> : null}
            <span className="block text-sm font-normal text-slate-600">
              {[task.customer.phone, task.customer.email].filter(Boolean).join(' · ') || '—'}
            </span>
          </Fact>
          <Fact label={t('selectedProvider')}>
            {task.selectedProvider ? (
              <Link href={`/admin/users/${task.selectedProvider.id}`} className="text-brand-800 underline underline-offset-2">
                {task.selectedProvider.name}
              </Link>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label={t('urgency')}>{t(task.urgency === 'urgent' ? 'urgent' : 'normal')}</Fact>
          <Fact label={t('starts')}>{when(task.startsAt)}</Fact>
          <Fact label={t('created')}>{when(task.createdAt)}</Fact>
          <Fact label={t('published')}>{when(task.publishedAt)}</Fact>
          <Fact label={t('closed')}>{when(task.closedAt)}</Fact>
          <Fact label={t('publicPage')}>
            <Link href={`/tasks/${task.id}`} className="text-brand-800 underline underline-offset-2">
              {t('open')}
            </Link>
          </Fact>
        </dl>
      </header>

      <CardSection id="admin-task-actions" title={t('actionsTitle')}>
        <AdminTaskActions taskId={task.id} can={task.can} />
      </CardSection>

      <CardSection id="admin-task-description" title={t('description')}>
        <p className="break-words whitespace-pre-line text-slate-800">{task.description}</p>
      </CardSection>

      <CardSection id="admin-task-responses" title={t('responsesTitle', { count: task.responses.length })}>
        <AdminTaskResponses responses={task.responses} locale={locale} />
      </CardSection>

      <CardSection id="admin-task-complaints" title={t('complaintsTitle', { count: task.complaints.length })}>
        <AdminTaskComplaints complaints={task.complaints} />
      </CardSection>

      <CardSection id="admin-task-audit" title={t('auditTitle')}>
        <AdminAuditTrail entries={task.audit} />
      </CardSection>
    </div>
  );
}
