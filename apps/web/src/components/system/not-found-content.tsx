import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/link';
import { primaryButton, secondaryButton } from '@/components/ui/button-styles';
import { SystemMessage } from './system-message';

export function NotFoundContent() {
  const t = useTranslations('NotFound');
  const tc = useTranslations('Common');
  return (
    <SystemMessage
      code={t('code')}
      title={t('title')}
      actions={
        <>
          <Link href="/" className={primaryButton}>
            {tc('toHome')}
          </Link>
          <Link href="/categories" className={secondaryButton}>
            {t('categories')}
          </Link>
        </>
      }
    >
      <p>{t('text')}</p>
    </SystemMessage>
  );
}
