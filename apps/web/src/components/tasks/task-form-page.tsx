import { getTranslations } from 'next-intl/server';
import type { TCategory, TCity, TTask } from '@dastiyor/contracts';
import { dushanbeParts } from '@/lib/tasks-dushanbe-time';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { TaskForm } from './task-form';
import { TaskMessages } from './task-messages';

/** The frame of /tasks/new and /tasks/[id]/edit: a heading and the one form, or why it cannot be shown. */
export async function TaskFormPage({
  title,
  lead,
  task,
  categories,
  cities,
  defaultCityId,
}: {
  title: string;
  lead: string;
  task: TTask | null;
  categories: TCategory[] | null;
  cities: TCity[] | null;
  defaultCityId?: string;
}) {
  const t = await getTranslations('TaskForm');
  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <p className="mt-1 text-slate-600">{lead}</p>
        <div className="mt-6">
          {categories && cities ? (
            <TaskMessages>
              <TaskForm
                task={task}
                categories={categories}
                cities={cities}
                defaultCityId={defaultCityId}
                today={dushanbeParts(new Date().toISOString()).day}
              />
            </TaskMessages>
          ) : (
            <Notice tone="error">{t('loadError')}</Notice>
          )}
        </div>
      </div>
    </Container>
  );
}
