'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { TCodeSentResponse } from '@dastiyor/contracts';
import { textLinkClass } from './auth-styles';

/** The masked phone or email inside a sentence (`<b>` of a rich message): a phone never breaks across lines. */
export const destinationOf = (channel: 'sms' | 'email') =>
  function Destination(chunks: ReactNode) {
    return <b className={`font-semibold text-slate-900 ${channel === 'sms' ? 'whitespace-nowrap' : 'break-all'}`}>{chunks}</b>;
  };

/**
 * The heading of a code step, where the code went and, right beside it, the way back to fix a mistyped
 * destination. The masked destination never breaks in the middle of a phone number.
 */
export function CodeSentNote({
  title,
  sent,
  changeLabel,
  onChange,
  children,
}: {
  title: string;
  sent: TCodeSentResponse;
  changeLabel: string;
  onChange: () => void;
  children: (destination: (chunks: ReactNode) => ReactNode) => ReactNode;
}) {
  const t = useTranslations('Auth.code');
  const destination = destinationOf(sent.channel);
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">{title}</h2>
      <p className="mt-2 text-slate-600">{children(destination)}</p>
      {sent.channel === 'email' ? <p className="mt-1 text-sm text-slate-500">{t('checkSpam')}</p> : null}
      <button type="button" onClick={onChange} className={textLinkClass}>
        {changeLabel}
      </button>
    </div>
  );
}
