import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { resolveLocaleParam } from '@/lib/locale-param';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title') };
}

// Unknown paths inside a locale end here, so they get the localized not-found page (with HTTP 404).
export default function UnknownPage() {
  notFound();
}
