import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { fetchUnreadCount } from '@/lib/notifications-api';
import { NotificationBell } from './notification-bell';

/** The bell with its server-rendered unread count; only the Notifications catalog goes to the browser. */
export async function HeaderBell({ className }: { className: string }) {
  const [messages, unread] = await Promise.all([getMessages(), fetchUnreadCount()]);
  return (
    <NextIntlClientProvider messages={{ Notifications: messages.Notifications }}>
      <NotificationBell initialUnread={unread} className={className} />
    </NextIntlClientProvider>
  );
}
