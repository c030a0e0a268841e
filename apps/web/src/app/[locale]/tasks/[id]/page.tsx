import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { getCurrentUser } from '@/lib/session';
import { fetchTask } from '@/lib/tasks-api';
import { ReportButton } from '@/components/complaints/report-button';
import { TaskResponsesSection } from '@/components/responses/task-responses-section';
import { TaskPage } from '@/components/tasks/task-page';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const result = await fetchTask(id);
  if (result.status === 'not_found') {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('title'), robots: { index: false } };
  }
  if (result.status === 'unavailable') return { robots: { index: false } };
  const { task } = result;
  const t = await getTranslations({ locale, namespace: 'TaskPage.meta' });
  const title = t('title', { title: task.title, city: task.city.name[locale] });
  // Only open tasks are worth a search engine's time; drafts are private, closed ones are history.
  return {
    title,
    description: task.excerpt,
    alternates: localizedAlternates(locale, `/tasks/${id}`),
    robots: task.status === 'new' ? undefined : { index: false },
    openGraph: { title, description: task.excerpt, images: task.photos[0] ? [{ url: task.photos[0].large }] : undefined },
  };
}

/** A task, server-rendered; what it shows depends on who asks (see TaskPage). */
export default async function TaskDetailsPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const result = await fetchTask(id);
  if (result.status === 'not_found') notFound();
  if (result.status === 'unavailable') {
    const t = await getTranslations('TaskPage');
    return (
      <Container className="py-10">
        <Notice tone="error">{t('loadError')}</Notice>
      </Container>
    );
  }
  const viewer = await getCurrentUser();
  return (
    <>
      <TaskPage
        task={result.task}
        locale={locale}
        now={new Date()}
        responsesSlot={<TaskResponsesSection task={result.task} viewer={viewer} locale={locale} />}
      />
      {result.task.can.report ? (
        <Container className="-mt-2 pb-8 sm:-mt-6">
          <div className="mx-auto flex max-w-3xl justify-end">
            <ReportButton targetType="task" targetId={result.task.id} />
          </div>
        </Container>
      ) : null}
    </>
  );
}
