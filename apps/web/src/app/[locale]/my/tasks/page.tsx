import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { type TTaskStatus } from '@dastiyor/contracts';
import { TaskStatus } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { fetchMyTasks } from '@/lib/tasks-api';
import { MyTasksTabs } from '@/components/tasks/my-tasks-tabs';
import { TaskCard } from '@/components/tasks/task-card';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string | string[]; cursor?: string | string[] }>;
}

const pageSize = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'MyTasks' });
  return { title: t('metaTitle'), robots: { index: false } };
}

const isStatus = (value: unknown): value is TTaskStatus => typeof value === 'string' && (TaskStatus as readonly string[]).includes(value);

/** The customer's own tasks, by status (in the URL), newest first, with a "more" link by cursor. */
export default async function MyTasksPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const query = await searchParams;
  const status = isStatus(query.status) ? query.status : undefined;
  const cursor = typeof query.cursor === 'string' && query.cursor.length <= 200 ? query.cursor : undefined;
  const me = await requireUser(locale, status ? `/my/tasks?status=${status}` : '/my/tasks');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('MyTasks');
  if (me.role !== 'customer') {
    return (
      <Container className="py-10">
        <Notice tone="empty">{t('customersOnly')}</Notice>
      </Container>
    );
  }
  const result = await fetchMyTasks({ status, cursor, limit: pageSize });
  const now = new Date();
  const linkClass = 'font-semibold text-brand-800 underline underline-offset-2';

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-4xl">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
          <Link href="/tasks/new" className={primaryButton}>
            {t('create')}
          </Link>
        </div>
        <MyTasksTabs active={status} />
        <div className="mt-5">
          {result.status !== 'ok' ? (
            <Notice tone="error">{t('loadError')}</Notice>
          ) : result.data.items.length === 0 ? (
            <div className="space-y-3">
              <Notice tone="empty">{cursor ? t('noMore') : status ? t('emptyStatus') : t('empty')}</Notice>
            </div>
          ) : (
            <div className="space-y-4">
              <ul className="grid gap-4 md:grid-cols-2">
                {result.data.items.map((task) => (
                  <li key={task.id}>
                    <TaskCard task={task} now={now} showStatus />
                  </li>
                ))}
              </ul>
              <nav aria-label={t('pagesLabel')} className="flex flex-wrap items-center justify-center gap-4">
                {cursor ? (
                  <Link href={{ pathname: '/my/tasks', query: status ? { status } : {} }} className={linkClass}>
                    {t('firstPage')}
                  </Link>
                ) : null}
                {result.data.nextCursor ? (
                  <Link
                    href={{ pathname: '/my/tasks', query: { ...(status ? { status } : {}), cursor: result.data.nextCursor } }}
                    className={secondaryButton}
                  >
                    {t('more')}
                  </Link>
                ) : null}
              </nav>
            </div>
          )}
        </div>
      </div>
    </Container>
  );
}
