import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SettingsSection } from '@/components/account/form-controls';
import { StatusBadge } from '@/components/admin/billing/billing-bits';
import { MaintenanceForm } from '@/components/admin/settings/maintenance-form';
import { Notice } from '@/components/ui/notice';
import { fetchAdminSettings } from '@/lib/admin-reports-api';
import { resolveLocaleParam } from '@/lib/locale-param';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Admin.settings' });
  return { title: t('title') };
}

/** /admin/settings: maintenance mode as it stands, and the switch. */
export default async function AdminSettingsPage({ params }: Props) {
  await resolveLocaleParam(params);
  const t = await getTranslations('Admin.settings');
  const settings = await fetchAdminSettings();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('title')}</h1>
      {settings.status !== 'ok' ? (
        <Notice tone="error">{t('unavailable')}</Notice>
      ) : (
        <SettingsSection id="maintenance" title={t('maintenanceTitle')} lead={t('maintenanceLead')}>
          <p className="mb-4 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            {t('now')}{' '}
            <StatusBadge status={settings.data.maintenance.enabled ? 'cancelled' : 'active'}>
              {settings.data.maintenance.enabled ? t('stateOn') : t('stateOff')}
            </StatusBadge>
          </p>
          <MaintenanceForm current={settings.data.maintenance} />
        </SettingsSection>
      )}
    </div>
  );
}
