import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { fetchCategories, fetchCities } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { requireUser } from '@/lib/session';
import { TaskFormPage } from '@/components/tasks/task-form-page';
import { SystemMessage } from '@/components/system/system-message';
import { primaryButton } from '@/components/ui/button-styles';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'TaskForm' });
  return { title: t('newMetaTitle'), robots: { index: false } };
}

/** Customers post tasks; a guest signs in first and comes back here, a provider is told why not. */
export default async function NewTaskPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/tasks/new');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('TaskForm');
  if (me.role !== 'customer') {
    return (
      <SystemMessage
        code={t('customersOnlyCode')}
        title={t('customersOnlyTitle')}
        actions={
          <Link href="/tasks" className={primaryButton}>
            {t('toFeed')}
          </Link>
        }
      >
        <p>{t('customersOnly')}</p>
      </SystemMessage>
    );
  }
  const [categories, cities] = await Promise.all([fetchCategories(), fetchCities()]);
  return (
    <TaskFormPage
      title={t('newTitle')}
      lead={t('newLead')}
      task={null}
      categories={categories.ok ? categories.data.items : null}
      cities={cities.ok ? cities.data.items : null}
      defaultCityId={me.city?.id}
    />
  );
}
