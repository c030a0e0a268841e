import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/locale-param';
import { auditFilterFrom, fetchAdminAuditLog, queryString } from '@/lib/admin-users-api';
import { AuditFilterForm } from '@/components/admin/audit/audit-filter-form';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { PagingLinks } from '@/components/admin/paging-links';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  return { title: t('title') };
}

/** Every admin action and security event, newest first, filtered in the URL, a page at a time by cursor. */
export default async function AdminAuditLogPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.audit');
  const filter = auditFilterFrom(await searchParams);
  const { cursor, ...base } = filter;
  const inverted = filter.from !== undefined && filter.to !== undefined && filter.from > filter.to;
  const result = inverted ? null : await fetchAdminAuditLog(filter);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <AuditFilterForm filter={filter} />
      {inverted ? (
        <Notice tone="error">{t('invertedRange')}</Notice>
      ) : result?.status !== 'ok' ? (
        <Notice tone="error">{t('unavailable')}</Notice>
      ) : result.data.items.length === 0 ? (
        <Notice tone="empty">{t('empty')}</Notice>
      ) : (
        <>
          <AuditTable entries={result.data.items} />
          <PagingLinks
            nextHref={result.data.nextCursor ? `/admin/audit-log${queryString({ ...base, cursor: result.data.nextCursor })}` : null}
            firstHref={cursor ? `/admin/audit-log${queryString(base)}` : null}
          />
        </>
      )}
    </div>
  );
}
