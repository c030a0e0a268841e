import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { fetchAdminCategories } from '@/lib/admin-content-api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { CategoryCreateForm } from '@/components/admin/categories/category-create-form';
import { CategoryTree } from '@/components/admin/categories/category-tree';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.categories' });
  return { title: t('title') };
}

/** The two-level category tree: order, names in both languages, icons, on and off; new categories at the end. */
export default async function AdminCategoriesPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Admin.categories');
  const result = await fetchAdminCategories();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('lead')}</p>
      </div>
      {result.status !== 'ok' ? (
        <Notice tone="error">{t('loadError')}</Notice>
      ) : (
        <>
          <CategoryTree categories={result.data.items} locale={locale} />
          <section aria-labelledby="new-top-category" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
            <h2 id="new-top-category" className="mb-3 text-lg font-bold text-slate-900">
              {t('create.topTitle')}
            </h2>
            <CategoryCreateForm parentId={null} />
          </section>
        </>
      )}
    </div>
  );
}
