'use client';

import { useTranslations } from 'next-intl';
import { primaryButton } from '@/components/ui/button-styles';

/** Opens the browser's print dialog (or "save as PDF"); the button itself is left off the paper. */
export function PrintButton() {
  const t = useTranslations('Receipt');
  return (
    <button type="button" className={`${primaryButton} w-full sm:w-auto print:hidden`} onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
