import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { fetchAdminTask } from '@/lib/admin-content-api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { AdminTaskDetails } from '@/components/admin/tasks/admin-task-details';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'Admin.tasks' });
  const result = await fetchAdminTask(id);
  return { title: result.status === 'ok' ? result.data.title : t('title') };
}

/** One task as admins see it: private fields, responses, complaints, audit trail, and the moderation actions. */
export default async function AdminTaskPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const t = await getTranslations('Admin.tasks');
  const result = await fetchAdminTask(id);
  return (
    <div className="space-y-4">
      <Link href="/admin/tasks" className="text-sm font-semibold text-brand-800 underline-offset-2 hover:underline">
        ← {t('backToList')}
      </Link>
      {result.status === 'ok' ? (
        <AdminTaskDetails task={result.data} locale={locale} />
      ) : (
        <Notice tone="error">{result.status === 'not_found' ? t('notFound') : t('loadErrorOne')}</Notice>
      )}
    </div>
  );
}
