import { getLocale, getTranslations } from 'next-intl/server';
import { fetchBellState } from '@/lib/notifications-api';
import { NotificationBell } from '@/components/layout/signed-in-controls';

/** The bell with its server-rendered unread count and its labels translated here. */
export async function HeaderBell({ className }: { className: string }) {
  const [t, state, locale] = await Promise.all([getTranslations('Notifications'), fetchBellState(), getLocale()]);
  const unread = {
    one: t('bellUnreadForms.one'),
    few: t('bellUnreadForms.few'),
    many: t('bellUnreadForms.many'),
    other: t('bellUnreadForms.other'),
  };
  return (
    <NotificationBell
      locale={locale}
      labels={{ title: t('title'), unread }}
      initialUnread={state?.unreadCount ?? null}
      initialMatching={state?.matchingTasks ?? null}
      className={className}
    />
  );
}
