import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/session';
import { resolveLocaleParam } from '@/lib/locale-param';
import { loadNotificationSettings } from '@/lib/notification-settings-api';
import { AccountShell } from '@/components/account/account-shell';
import { FormNotice } from '@/components/account/form-controls';
import { NotificationSettingsForm } from '@/components/notification-settings/notification-settings-form';
import { PushDevice } from '@/components/notification-settings/push-device';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'NotificationSettings' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function AccountNotificationsPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/account/notifications');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('NotificationSettings');
  const settings = await loadNotificationSettings();

  return (
    <AccountShell active="notifications">
      <div className="space-y-5">
        <PushDevice />
        {settings ? (
          <NotificationSettingsForm initial={settings} role={me.role} />
        ) : (
          <FormNotice tone="error">{t('unavailable')}</FormNotice>
        )}
      </div>
    </AccountShell>
  );
}
