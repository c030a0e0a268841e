import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/locale-param';
import { fetchAdminUsers, queryString, usersFilterFrom } from '@/lib/admin-users-api';
import { PagingLinks } from '@/components/admin/paging-links';
import { UsersFilterForm } from '@/components/admin/users/users-filter-form';
import { UsersTable } from '@/components/admin/users/users-table';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  return { title: t('title') };
}

/** Accounts newest first: search, role and status filters in the URL, a page at a time by cursor. */
export default async function AdminUsersPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.users');
  const filter = usersFilterFrom(await searchParams);
  const result = await fetchAdminUsers(filter);
  const base = { q: filter.q, role: filter.role, status: filter.status };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <UsersFilterForm filter={filter} />
      {result.status !== 'ok' ? (
        <Notice tone="error">{t('unavailable')}</Notice>
      ) : result.data.items.length === 0 ? (
        <Notice tone="empty">{t('empty')}</Notice>
      ) : (
        <>
          <UsersTable users={result.data.items} />
          <PagingLinks
            nextHref={result.data.nextCursor ? `/admin/users${queryString({ ...base, cursor: result.data.nextCursor })}` : null}
            firstHref={filter.cursor ? `/admin/users${queryString(base)}` : null}
          />
        </>
      )}
    </div>
  );
}
