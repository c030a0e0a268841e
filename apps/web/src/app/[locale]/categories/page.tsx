import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { fetchCategories } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { CategorySection } from '@/components/categories/category-section';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'CategoriesPage' });
  return { title: t('title'), description: t('lead'), alternates: localizedAlternates(locale, '/categories') };
}

export default async function CategoriesPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('CategoriesPage');
  const result = await fetchCategories();
  const categories = result.ok ? result.data.items : null;

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('lead')}</p>

      {categories === null ? (
        <div className="mt-8">
          <Notice tone="error">{t('loadError')}</Notice>
        </div>
      ) : categories.length === 0 ? (
        <div className="mt-8">
          <Notice tone="empty">{t('empty')}</Notice>
        </div>
      ) : (
        <>
          {/* One swipeable row on phones, so fourteen chips do not push the content a screen down. */}
          <nav aria-label={t('jumpTo')} className="-mx-4 mt-6 sm:mx-0">
            <ul className="relative flex gap-2 overflow-x-auto px-4 pb-2 sm:flex-wrap sm:overflow-visible sm:px-0">
              {categories.map((category) => (
                <li key={category.id} className="shrink-0">
                  <Link
                    href={{ pathname: '/categories', hash: category.slug }}
                    className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm whitespace-nowrap text-slate-700 hover:border-brand-600 hover:text-brand-800"
                  >
                    {category.name[locale]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-8 grid gap-5 lg:grid-cols-2">
            {categories.map((category) => (
              <CategorySection key={category.id} category={category} />
            ))}
          </div>
        </>
      )}
    </Container>
  );
}
