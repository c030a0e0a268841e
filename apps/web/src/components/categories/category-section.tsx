import { useLocale, useTranslations } from 'next-intl';
import type { TCategory } from '@dastiyor/contracts';
import { CategoryIcon } from '@/components/icons/category-icon';

/** One category with its subcategories; the id is the slug, so /categories#<slug> lands here. */
export function CategorySection({ category }: { category: TCategory }) {
  const t = useTranslations('CategoriesPage');
  const locale = useLocale();
  return (
    <section
      id={category.slug}
      aria-labelledby={`${category.slug}-title`}
      className="scroll-mt-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="flex items-center gap-3">
        <span className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700">
          <CategoryIcon name={category.icon} />
        </span>
        <div className="min-w-0">
          <h2 id={`${category.slug}-title`} className="text-lg font-bold break-words text-slate-900 sm:text-xl">
            {category.name[locale]}
          </h2>
          <p className="text-sm text-slate-500">{t('subcategoryCount', { count: category.children.length })}</p>
        </div>
      </div>
      <ul className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {category.children.map((child) => (
          <li key={child.id} className="flex gap-2 py-1 text-slate-700">
            <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-brand-600" />
            <span className="min-w-0 break-words">{child.name[locale]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
