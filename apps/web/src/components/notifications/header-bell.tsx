import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { fetchBellState } from '@/lib/notifications-api';
import { NotificationBell } from './notification-bell';

/** The bell with its server-rendered unread count; only the Notifications catalog goes to the browser. */
export async function HeaderBell({ className }: { className: string }) {
  const [messages, state] = await Promise.all([getMessages(), fetchBellState()]);
  return (
    <NextIntlClientProvider messages={{ Notifications: messages.Notifications }}>
      <NotificationBell initialUnread={state?.unreadCount ?? null} initialMatching={state?.matchingTasks ?? null} className={className} />
    </NextIntlClientProvider>
  );
}
