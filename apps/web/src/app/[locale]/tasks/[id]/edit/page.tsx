import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/paths';
import { fetchCategories, fetchCities } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { fetchTask } from '@/lib/tasks-api';
import { TaskFormPage } from '@/components/tasks/task-form-page';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'TaskForm' });
  return { title: t('editMetaTitle'), robots: { index: false } };
}

/** The owner edits a draft or a still-open task in the same form; anyone else's task is simply not found. */
export default async function EditTaskPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const me = await requireUser(locale, `/tasks/${id}/edit`);
  if (!me) return <PageUnavailable />;
  const result = await fetchTask(id);
  if (result.status === 'not_found') notFound();
  const t = await getTranslations('TaskForm');
  if (result.status === 'unavailable') {
    return (
      <Container className="py-10">
        <Notice tone="error">{t('loadError')}</Notice>
      </Container>
    );
  }
  const { task } = result;
  if (!task.isOwner) notFound();
  // Past "open", the task is no longer editable: its page says what can still be done.
  if (task.status !== 'draft' && task.status !== 'new') redirect({ href: `/tasks/${id}`, locale });
  const [categories, cities] = await Promise.all([fetchCategories(), fetchCities()]);
  return (
    <TaskFormPage
      title={t('editTitle')}
      lead={t('editLead')}
      task={task}
      categories={categories.ok ? categories.data.items : null}
      cities={cities.ok ? cities.data.items : null}
    />
  );
}
