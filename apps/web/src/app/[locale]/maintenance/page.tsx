import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getMaintenanceState } from '@/lib/maintenance-state';
import { resolveLocaleParam } from '@/lib/locale-param';
import { SystemMessage } from '@/components/system/system-message';
import { primaryButton } from '@/components/ui/button-styles';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Maintenance' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * While maintenance is on, proxy.ts answers every page with this one (HTTP 503). Opened directly
 * while it is off, it says so instead of pretending the site is down.
 */
export default async function MaintenancePage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Maintenance');
  const tc = await getTranslations('Common');
  const maintenance = await getMaintenanceState();

  if (!maintenance.enabled) {
    return (
      <SystemMessage
        code={t('code')}
        title={t('idleTitle')}
        actions={
          <Link href="/" className={primaryButton}>
            {tc('toHome')}
          </Link>
        }
      >
        <p>{t('idleText')}</p>
      </SystemMessage>
    );
  }

  return (
    <SystemMessage code={t('code')} title={t('title')}>
      <p>{t('text')}</p>
      {maintenance.message?.[locale] ? (
        <div className="rounded-lg bg-brand-50 px-4 py-3 text-left text-brand-900">
          <p className="text-sm font-semibold">{t('messageLabel')}</p>
          <p className="mt-1 whitespace-pre-line">{maintenance.message[locale]}</p>
        </div>
      ) : null}
      <p className="text-sm">{t('retry')}</p>
    </SystemMessage>
  );
}
