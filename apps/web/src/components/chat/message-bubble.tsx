import { useFormatter, useTranslations } from 'next-intl';
import type { TMessage } from '@dastiyor/contracts';
import { ReportDialog } from '@/components/complaints/report-dialog';

export type Delivery = 'sent' | 'read';

/**
 * One message. Text is rendered as text (React escapes it; line breaks kept); a photo opens full size.
 * My own messages carry a receipt: ✓ delivered, ✓✓ read.
 */
export function MessageBubble({ message, mine, delivery }: { message: TMessage; mine: boolean; delivery: Delivery | null }) {
  const t = useTranslations('Chat');
  const format = useFormatter();
  return (
    <div className={`flex ${mine ? 'justify-end' : 'justify-start'}`}>
      <div
        className={`max-w-[85%] rounded-2xl px-3 py-2 shadow-sm sm:max-w-[70%] ${
          mine ? 'rounded-br-md bg-brand-700 text-white' : 'rounded-bl-md bg-white text-slate-900 ring-1 ring-slate-200'
        }`}
      >
        {message.image ? (
          <a href={message.image.large} target="_blank" rel="noopener" className="mb-1 block">
            <img
              src={message.image.medium}
              alt={t('photoAlt')}
              width={message.image.width}
              height={message.image.height}
              loading="lazy"
              className="max-h-72 w-auto max-w-full rounded-lg object-contain"
            />
          </a>
        ) : null}
        {message.text ? <p className="text-[15px] break-words whitespace-pre-wrap">{message.text}</p> : null}
        <p className={`mt-0.5 flex items-center justify-end gap-1 text-[11px] ${mine ? 'text-brand-100' : 'text-slate-500'}`}>
          <time dateTime={message.createdAt}>{format.dateTime(new Date(message.createdAt), { hour: '2-digit', minute: '2-digit' })}</time>
          {delivery ? (
            <span title={t(`delivery.${delivery}`)}>
              <span aria-hidden="true">{delivery === 'read' ? '✓✓' : '✓'}</span>
              <span className="sr-only">{t(`delivery.${delivery}`)}</span>
            </span>
          ) : null}
        </p>
      </div>
      {/* The other side's messages may be reported (kept outside the bubble: a dialog cannot sit in a paragraph). */}
      {mine ? null : (
        <div className="ml-1.5 self-end">
          <ReportDialog targetType="message" targetId={message.id} compact />
        </div>
      )}
    </div>
  );
}
