import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { fetchCategories } from '@/lib/api';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { fetchPublicProvider } from '@/lib/public-provider-api';
import { fetchProviderReviews } from '@/lib/reviews-api';
import { getCurrentUser } from '@/lib/session';
import { ReportButton } from '@/components/complaints/report-button';
import { ProviderProfile } from '@/components/providers/provider-profile';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

/** A search snippet's worth of the description, cut at a word. */
function snippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const result = await fetchPublicProvider(id);
  if (result.status === 'not_found') {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('title'), robots: { index: false } };
  }
  // The API did not answer: the site's default title, and nothing for a search engine to keep.
  if (result.status === 'unavailable') return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'ProviderProfile.meta' });
  const { name, city, avatar, provider } = result.provider;
  const title = city ? t('titleWithCity', { name, city: city.name[locale] }) : t('title', { name });
  const description = provider.description ? snippet(provider.description) : t('fallbackDescription', { name });
  return {
    title,
    description,
    alternates: localizedAlternates(locale, `/providers/${id}`),
    openGraph: {
      type: 'profile',
      title,
      description,
      images: avatar ? [{ url: avatar.large, width: 512, height: 512, alt: name }] : undefined,
    },
  };
}

// Public and server-rendered for search engines and first paint. Contacts never reach this page: the API's
// public shape has none.
export default async function ProviderPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const result = await fetchPublicProvider(id);
  if (result.status === 'not_found') notFound();
  if (result.status === 'unavailable') {
    const t = await getTranslations('ProviderProfile');
    return (
      <Container className="py-10">
        <Notice tone="error">{t('loadError')}</Notice>
      </Container>
    );
  }
  const [tree, reviews, viewer] = await Promise.all([fetchCategories(), fetchProviderReviews(id, { limit: 5 }), getCurrentUser()]);
  return (
    <>
      <ProviderProfile
        profile={result.provider}
        locale={locale}
        categoryTree={tree.ok ? tree.data.items : null}
        reviews={reviews.ok ? reviews.data : null}
      />
      {viewer && viewer.id !== result.provider.id ? (
        <Container className="-mt-2 pb-8 sm:-mt-6">
          <div className="mx-auto flex max-w-3xl justify-end">
            <ReportButton targetType="user" targetId={result.provider.id} />
          </div>
        </Container>
      ) : null}
    </>
  );
}
