import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AppDocument } from '@/components/layout/app-document';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { siteUrl } from '@/lib/site-url';

// Every page reads live data (and the maintenance switch) from the API, which is not running at build time.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0f766e',
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tc = await getTranslations({ locale, namespace: 'Common' });
  return {
    metadataBase: siteUrl,
    title: { default: t('siteTitle'), template: `%s — ${tc('brand')}` },
    description: t('description'),
    applicationName: tc('brand'),
    alternates: localizedAlternates(locale, '/'),
    openGraph: { type: 'website', siteName: tc('brand'), locale: locale === 'tg' ? 'tg_TJ' : 'ru_RU' },
  };
}

export default async function LocaleLayout({ children, params }: Props & { children: ReactNode }) {
  const locale = await resolveLocaleParam(params);
  return <AppDocument locale={locale}>{children}</AppDocument>;
}
