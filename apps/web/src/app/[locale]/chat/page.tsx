import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocaleParam } from '@/lib/locale-param';
import { fetchConversations } from '@/lib/chat-api';
import { requireUser } from '@/lib/session';
import { ConversationList } from '@/components/chat/conversation-list';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Chat' });
  return { title: t('title'), robots: { index: false } };
}

/** The signed-in person's dialogs: one per task where a provider was chosen, the most recent first. */
export default async function ChatListPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const me = await requireUser(locale, '/chat');
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Chat');
  const result = await fetchConversations();

  return (
    <Container className="py-6 sm:py-10">
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-5 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        {result.status !== 'ok' ? (
          <Notice tone="error">{t('loadError')}</Notice>
        ) : result.data.items.length === 0 ? (
          <Notice tone="empty">{me.role === 'provider' ? t('noneProvider') : t('noneCustomer')}</Notice>
        ) : (
          <ConversationList conversations={result.data.items} viewerId={me.id} now={new Date()} />
        )}
      </div>
    </Container>
  );
}
