import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { TTask } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import { formatSomoni } from '@/lib/money';
import { formatDushanbeMoment } from '@/lib/tasks-dushanbe-time';
import { CardSection, Fact } from '@/components/ui/card-section';
import { Container } from '@/components/ui/container';
import { RelativeTime } from './relative-time';
import { TaskStatusBadge, UrgentBadge } from './task-badges';
import { TaskCustomerCard } from './task-customer-card';
import { clientIntl } from '@/lib/client-intl';
import { IntlProvider, TaskOwnerActions } from './task-page-islands';

/**
 * One task page for every viewer. Everyone sees what the task is, where (city and district) and when; the
 * customer also sees the exact address and manages the task. Contacts never appear here: the API sends the
 * address only to the customer (and, later, the chosen provider). `responsesSlot` is the responses part,
 * rendered below in its own section.
 */
export async function TaskPage({
  task,
  locale,
  now,
  responsesSlot,
}: {
  task: TTask;
  locale: AppLocale;
  now: Date;
  responsesSlot?: ReactNode;
}) {
  const t = await getTranslations('TaskPage');
  const tm = await getTranslations('Money');
  const tc = await getTranslations('TaskCard');
  const format = await getFormatter();
  const place = [task.city.name[locale], task.district?.name[locale]].filter(Boolean).join(', ');
  const budget =
    task.budgetType === 'fixed' && task.budgetAmount !== null
      ? tm('amount', { amount: formatSomoni(task.budgetAmount, locale) })
      : tc('negotiable');
  const when = task.startsAt
    ? task.endsAt
      ? t('period', { from: formatDushanbeMoment(task.startsAt, locale), to: formatDushanbeMoment(task.endsAt, locale) })
      : formatDushanbeMoment(task.startsAt, locale)
    : t('flexible');

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl space-y-5">
        <Link
          href={task.isOwner ? '/my/tasks' : '/tasks'}
          className="text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
        >
          ← {task.isOwner ? t('backToMine') : t('backToFeed')}
        </Link>

        <header className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <div className="flex flex-wrap items-center gap-2">
            <p className="min-w-0 text-sm break-words text-slate-500">
              {task.category.name[locale]} › {task.subcategory.name[locale]}
            </p>
            <div className="ml-auto flex flex-wrap gap-1.5">
              {task.isOwner || task.status !== 'new' ? <TaskStatusBadge status={task.status} /> : null}
              {task.urgency === 'urgent' ? <UrgentBadge /> : null}
            </div>
          </div>
          <h1 className="mt-2 text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl">{task.title}</h1>
          <p className="mt-3 text-2xl font-bold text-slate-900">
            <span className="sr-only">{tc('budget')}: </span>
            {budget}
          </p>
          <dl className="mt-4 grid gap-3 sm:grid-cols-2">
            <Fact label={t('where')}>{place}</Fact>
            <Fact label={t('when')}>{when}</Fact>
            <Fact label={t('posted')}>{task.publishedAt ? <RelativeTime iso={task.publishedAt} now={now} /> : t('notPublished')}</Fact>
            <Fact label={t('responses')}>{t('responsesCount', { count: task.responsesCount })}</Fact>
            {task.isOwner ? (
              <Fact label={t('address')}>
                {task.address ?? t('noAddress')}
                <span className="block text-sm font-normal text-slate-500">{t('addressPrivate')}</span>
              </Fact>
            ) : null}
          </dl>
          {task.hidden && task.isOwner ? (
            <p role="status" className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900">
              {t('hiddenNotice', { reason: task.hidden.reason ?? '—' })}
            </p>
          ) : null}
          {task.status === 'cancelled' && task.cancelReason ? (
            <p className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
              {t('cancelReason', { reason: task.cancelReason })}
            </p>
          ) : null}
        </header>

        {/* Only while there is something to do: a completed or cancelled task has no management left. */}
        {task.can.edit || task.can.publish || task.can.cancel ? (
          <CardSection id="task-manage" title={t('manageTitle')}>
            {task.status === 'draft' ? <p className="mb-3 text-sm text-slate-600">{t('draftNote')}</p> : null}
            <IntlProvider {...await clientIntl(['TaskForm', 'TaskPage', 'Forms', 'Problems'])}>
              <TaskOwnerActions taskId={task.id} can={task.can} />
            </IntlProvider>
          </CardSection>
        ) : null}

        {task.photos.length > 0 ? (
          <CardSection id="task-photos" title={t('photos')}>
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {task.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a href={photo.large} className="block overflow-hidden rounded-xl ring-1 ring-slate-200">
                    <img
                      src={photo.medium}
                      alt={t('photoAlt', { number: index + 1 })}
                      width={photo.width}
                      height={photo.height}
                      loading="lazy"
                      decoding="async"
                      className="aspect-square w-full bg-slate-100 object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
          </CardSection>
        ) : null}

        <CardSection id="task-description" title={t('description')}>
          <p className="break-words whitespace-pre-line text-slate-800">{task.description}</p>
        </CardSection>

        {task.isOwner ? null : (
          <CardSection id="task-customer" title={t('customer')}>
            <TaskCustomerCard
              customer={task.customer}
              memberSince={format.dateTime(new Date(task.customer.memberSince), { dateStyle: 'long' })}
            />
          </CardSection>
        )}

        {responsesSlot ? (
          <div className="border-t-2 border-slate-200 pt-6" data-slot="responses">
            {responsesSlot}
          </div>
        ) : null}
      </div>
    </Container>
  );
}
