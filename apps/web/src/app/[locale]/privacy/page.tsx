import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/locale-param';
import { localizedAlternates } from '@/lib/page-metadata';
import { LegalDocument } from '@/components/legal/legal-document';

const sections = [
  'intro',
  'collect',
  'purpose',
  'visibility',
  'photos',
  'sharing',
  'cookies',
  'retention',
  'rights',
  'security',
  'changes',
] as const;

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return { title: t('title'), alternates: localizedAlternates(locale, '/privacy') };
}

export default async function PrivacyPage({ params }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Privacy');
  return (
    <LegalDocument
      title={t('title')}
      updated={t('updated')}
      sections={sections.map((id) => ({ id, title: t(`sections.${id}.title`), text: t(`sections.${id}.text`) }))}
    />
  );
}
