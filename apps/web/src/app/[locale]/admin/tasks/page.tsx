import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { adminTaskQuery, fetchAdminCategories, fetchAdminTasks, readAdminTaskFilters } from '@/lib/admin-content-api';
import { fetchCities } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { AdminTaskFilterForm } from '@/components/admin/tasks/admin-task-filter-form';
import { AdminTasksTable } from '@/components/admin/tasks/admin-tasks-table';
import { PagingLinks } from '@/components/admin/paging-links';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const pageSize = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.tasks' });
  return { title: t('title') };
}

/** Every task, with search and filters in the URL (a plain GET form) and a "next page" link carrying the cursor. */
export default async function AdminTasksPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const filters = readAdminTaskFilters(await searchParams);
  const t = await getTranslations('Admin.tasks');
  const [result, categories, cities] = await Promise.all([fetchAdminTasks(filters, pageSize), fetchAdminCategories(), fetchCities()]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <AdminTaskFilterForm
        filters={filters}
        locale={locale}
        categories={categories.status === 'ok' ? categories.data.items : []}
        cities={cities.ok ? cities.data.items : []}
      />
      {result.status !== 'ok' ? (
        <Notice tone="error">{t('loadError')}</Notice>
      ) : result.data.items.length === 0 ? (
        <Notice tone="empty">{filters.cursor ? t('noMore') : t('empty')}</Notice>
      ) : (
        <>
          <AdminTasksTable items={result.data.items} locale={locale} />
          <PagingLinks
            nextHref={result.data.nextCursor ? { pathname: '/admin/tasks', query: adminTaskQuery(filters, result.data.nextCursor) } : null}
            firstHref={filters.cursor ? { pathname: '/admin/tasks', query: adminTaskQuery(filters) } : null}
          />
        </>
      )}
    </div>
  );
}
