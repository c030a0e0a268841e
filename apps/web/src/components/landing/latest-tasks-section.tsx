import { useTranslations } from 'next-intl';
import type { TTaskCard } from '@dastiyor/contracts';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { SectionHeading } from '@/components/ui/section-heading';
import { TaskCard } from '@/components/tasks/task-card';

/** `tasks` is null when the API could not be reached. */
export function LatestTasksSection({ tasks, now }: { tasks: TTaskCard[] | null; now: Date }) {
  const t = useTranslations('Landing.tasks');
  return (
    <section aria-labelledby="latest-tasks" className="border-y border-slate-200 bg-white py-14">
      <Container>
        <SectionHeading id="latest-tasks" title={t('title')} lead={t('lead')} />
        {tasks === null ? (
          <Notice tone="error">{t('loadError')}</Notice>
        ) : tasks.length === 0 ? (
          <Notice tone="empty">{t('empty')}</Notice>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {tasks.map((task) => (
              <li key={task.id}>
                <TaskCard task={task} now={now} />
              </li>
            ))}
          </ul>
        )}
      </Container>
    </section>
  );
}
