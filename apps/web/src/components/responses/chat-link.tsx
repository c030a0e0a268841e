import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { secondaryButton } from '@/components/ui/button-styles';

/** To the task's chat between the customer and the selected provider. */
export function ChatLink({ conversationId }: { conversationId: string | null }) {
  const t = useTranslations('Responses');
  if (!conversationId) return null;
  return (
    <Link href={`/chat/${conversationId}`} className={`${secondaryButton} w-full sm:w-auto`}>
      {t('openChat')}
    </Link>
  );
}
