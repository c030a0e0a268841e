import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComplaintSource, ComplaintStatus, QueueTargetType } from '@dastiyor/contracts/values';
import { resolveLocaleParam } from '@/lib/locale-param';
import { ComplaintCard } from '@/components/admin/moderation/complaint-card';
import { ComplaintFilterForm } from '@/components/admin/moderation/complaint-filter-form';
import { ComplaintTabs } from '@/components/admin/moderation/complaint-tabs';
import { fetchComplaints, queryString, readParam, type SearchParams } from '@/components/admin/moderation/moderation-api';
import { PagingLinks } from '@/components/admin/paging-links';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.complaints' });
  return { title: t('title') };
}

/** Reports and stop-word flags by status, newest first, each with its context and, while open, resolve/reject. */
export default async function AdminComplaintsPage({ params, searchParams }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.complaints');
  const query = await searchParams;
  const filter = {
    status: readParam(query, 'status', ComplaintStatus) ?? 'open',
    source: readParam(query, 'source', ComplaintSource),
    targetType: readParam(query, 'targetType', QueueTargetType),
  };
  const cursor = readParam(query, 'cursor');
  const result = await fetchComplaints({ ...filter, cursor });

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <ComplaintTabs current={filter.status} />
      <ComplaintFilterForm {...filter} />
      {result.status !== 'ok' ? (
        <Notice tone="error">{t('unavailable')}</Notice>
      ) : result.data.items.length === 0 ? (
        <Notice tone="empty">{t('empty')}</Notice>
      ) : (
        <>
          <ul className="space-y-3">
            {result.data.items.map((complaint) => (
              <li key={complaint.id}>
                <ComplaintCard complaint={complaint} />
              </li>
            ))}
          </ul>
          <PagingLinks
            nextHref={result.data.nextCursor ? `/admin/complaints${queryString({ ...filter, cursor: result.data.nextCursor })}` : null}
            firstHref={cursor ? `/admin/complaints${queryString(filter)}` : null}
          />
        </>
      )}
    </div>
  );
}
