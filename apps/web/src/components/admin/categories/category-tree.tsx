import { useTranslations } from 'next-intl';
import type { TAdminCategory } from '@dastiyor/contracts';
import type { AppLocale } from '@/i18n/routing';
import { CategoryCreateForm } from './category-create-form';
import { CategoryRow } from './category-row';

/** Top-level categories, each with its subcategories and a form to add one; every row moves within its level. */
export function CategoryTree({ categories, locale }: { categories: TAdminCategory[]; locale: AppLocale }) {
  const t = useTranslations('Admin.categories');
  const topIds = categories.map((c) => c.id);
  return (
    <ol className="space-y-3">
      {categories.map((top, index) => {
        const childIds = top.children.map((c) => c.id);
        return (
          <li key={top.id} className="rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
            <CategoryRow category={top} siblingIds={topIds} index={index} locale={locale} />
            <ol className="mt-2 space-y-1 border-l-2 border-slate-100 pl-3 sm:ml-4 sm:pl-4">
              {top.children.map((child, childIndex) => (
                <li key={child.id}>
                  <CategoryRow category={child} siblingIds={childIds} index={childIndex} locale={locale} />
                </li>
              ))}
            </ol>
            <details className="mt-2 sm:ml-4">
              <summary className="cursor-pointer py-2 text-sm font-semibold text-brand-800">{t('create.subTitle')}</summary>
              <div className="pt-2">
                <CategoryCreateForm parentId={top.id} />
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
