import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { resolveLocaleParam } from '@/lib/locale-param';
import { fetchConversation, fetchLatestMessages } from '@/lib/chat-api';
import { requireUser } from '@/lib/session';
import { ChatRoom } from '@/components/chat/chat-room';
import { Container } from '@/components/ui/container';
import { Notice } from '@/components/ui/notice';
import { PageUnavailable } from '@/components/system/page-unavailable';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Chat' });
  return { title: t('title'), robots: { index: false } };
}

/** One dialog: the newest page rendered on the server, then live in the browser. */
export default async function ChatPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { id } = await params;
  const me = await requireUser(locale, `/chat/${id}`);
  if (!me) return <PageUnavailable />;
  const t = await getTranslations('Chat');
  const [conversation, latest] = await Promise.all([fetchConversation(id), fetchLatestMessages(id, 30)]);

  if (conversation.status !== 'ok' || latest.status !== 'ok') {
    return (
      <Container className="py-6 sm:py-10">
        <div className="mx-auto max-w-3xl space-y-4">
          <Notice tone="error">{t('openError')}</Notice>
          <p className="text-center text-sm">
            <Link href="/chat" className="font-semibold text-brand-800 underline">
              {t('allDialogs')}
            </Link>
          </p>
        </div>
      </Container>
    );
  }

  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{ Chat: messages.Chat, Complaints: messages.Complaints, Forms: messages.Forms, Problems: messages.Problems }}
    >
      <ChatRoom conversation={conversation.data} initial={latest.data} viewerId={me.id} />
    </NextIntlClientProvider>
  );
}
