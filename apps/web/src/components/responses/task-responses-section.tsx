import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { TMe, TTask, TTaskResponse } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/paths';
import type { AppLocale } from '@/i18n/routing';
import { clientIntl } from '@/lib/client-intl';
import { fetchTaskResponses } from '@/lib/responses-api';
import { IntlProvider } from '@/components/tasks/task-page-islands';
import { OwnerResponses } from './owner-responses';
import { ProviderResponsePanel } from './provider-response-panel';
import { ResponsesCount } from './responses-count';

interface Props {
  task: TTask;
  /** The signed-in person, or null for a guest. */
  viewer: TMe | null;
  locale: AppLocale;
}

/**
 * The responses part of a task page, by who is looking: the customer compares and chooses, a provider
 * responds or follows the work they were chosen for, anyone else sees how many responded. Server-rendered;
 * its forms refresh the page after each change, so the API stays the one source of the state.
 */
export async function TaskResponsesSection({ task, viewer, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Responses' });

  let body: ReactNode;
  if (task.isOwner) {
    let responses: TTaskResponse[] | null = [];
    if (task.status !== 'draft') {
      const result = await fetchTaskResponses(task.id);
      responses = result.status === 'ok' ? result.data.items : null;
    }
    body = <OwnerResponses task={task} responses={responses} />;
  } else if (viewer?.role === 'provider') {
    body = <ProviderResponsePanel task={task} viewerId={viewer.id} />;
  } else {
    body = (
      <div className="space-y-2">
        <ResponsesCount count={task.responsesCount} />
        {viewer === null && task.status === 'new' ? (
          <p className="text-sm text-slate-700">
            <Link
              href={{ pathname: '/login', query: { next: getPathname({ locale, href: `/tasks/${task.id}` }) } }}
              className="font-semibold text-brand-800 underline"
            >
              {t('signInToRespond')}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <section aria-labelledby="task-responses-title" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="task-responses-title" className="mb-4 text-lg font-bold text-slate-900">
        {task.isOwner ? t('ownerTitle') : t('sectionTitle')}
      </h2>
      {/* A guest's part is server-rendered text: no client messages, so no next-intl code on their page. */}
      {viewer ? <IntlProvider {...await clientIntl(['Responses', 'Forms', 'Problems', 'Money'])}>{body}</IntlProvider> : body}
    </section>
  );
}
