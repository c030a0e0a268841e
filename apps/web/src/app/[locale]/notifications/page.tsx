import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/locale-param';
import { fetchNotifications } from '@/lib/notifications-api';
import { requireUser } from '@/lib/session';
import { NotificationList } from '@/components/notifications/notification-list';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

const pageSize = 20;

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Notifications' });
  return { title: t('title'), robots: { index: false } };
}

/** What happened around the signed-in person's tasks, responses and subscription, the newest first. */
export default async function NotificationsPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/notifications');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Notifications');
  const [result, messages] = await Promise.all([fetchNotifications(pageSize), getMessages()]);

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-5 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        {result.status !== 'ok' ? (
          <Notice tone="error">{t('loadError')}</Notice>
        ) : (
          <NextIntlClientProvider
            messages={{ Notifications: messages.Notifications, RelativeTime: messages.RelativeTime, Problems: messages.Problems }}
          >
            <NotificationList initial={result.data} pageSize={pageSize} />
          </NextIntlClientProvider>
        )}
      </div>
    </Container>
  );
}
