import { useLocale, useTranslations } from 'next-intl';
import type { TCategory } from '@dastiyor/contracts';
import { Link } from '@/i18n/link';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { SectionHeading } from '@/components/ui/section-heading';
import { CategoryIcon } from '@/components/icons/category-icon';

/** `categories` is null when the API could not be reached. */
export function CategoriesSection({ categories }: { categories: TCategory[] | null }) {
  const t = useTranslations('Landing.categories');
  const locale = useLocale();
  return (
    <section aria-labelledby="categories" className="py-14">
      <Container>
        <SectionHeading
          id="categories"
          title={t('title')}
          action={
            categories && categories.length > 0 ? (
              <Link href="/categories" className="font-semibold text-brand-700 hover:text-brand-900">
                {t('all')} <span aria-hidden="true">→</span>
              </Link>
            ) : null
          }
        />
        {categories === null ? (
          <Notice tone="error">{t('loadError')}</Notice>
        ) : categories.length === 0 ? (
          <Notice tone="empty">{t('empty')}</Notice>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {categories.map((category) => (
              <li key={category.id}>
                <Link
                  href={{ pathname: '/categories', hash: category.slug }}
                  className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-3 text-sm font-medium text-slate-800 transition-colors hover:border-brand-600 hover:text-brand-800 sm:flex-row sm:items-center sm:gap-3 sm:p-4 sm:text-base"
                >
                  <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
                    <CategoryIcon name={category.icon} />
                  </span>
                  {/* Icon above the name on phones: long Tajik and Russian words need the full tile width. */}
                  <span className="min-w-0 break-words">{category.name[locale]}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Container>
    </section>
  );
}
