import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { SystemMessage } from '@/components/system/system-message';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import { supportEmail } from '@/lib/contacts';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'SubscriptionExpired' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SubscriptionExpiredPage({ params }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('SubscriptionExpired');
  const tc = await getTranslations('Common');
  const ts = await getTranslations('Subscription');
  return (
    <SystemMessage
      code={t('code')}
      title={t('title')}
      actions={
        <>
          <Link href="/subscription" className={primaryButton}>
            {ts('expiredCta')}
          </Link>
          <Link href="/" className={secondaryButton}>
            {tc('toHome')}
          </Link>
          <a href={`mailto:${supportEmail}`} className={secondaryButton}>
            {tc('writeToSupport')}
          </a>
        </>
      }
    >
      <p>{t('text')}</p>
      <p>{t('kept')}</p>
      <p>{t('next')}</p>
    </SystemMessage>
  );
}
