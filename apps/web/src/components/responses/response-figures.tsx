import { useLocale, useTranslations } from 'next-intl';
import { etaDisplayOf } from '@/lib/responses-eta';
import { formatSomoni } from '@/lib/money';

/** Price and estimate of a response, as one line of two figures. */
export function ResponseFigures({ price, etaMinutes }: { price: number; etaMinutes: number }) {
  const t = useTranslations('Responses');
  const tm = useTranslations('Money');
  const locale = useLocale();
  const eta = etaDisplayOf(etaMinutes);
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
      <div className="flex gap-1.5">
        <dt className="text-slate-500">{t('price')}:</dt>
        <dd className="font-semibold text-slate-900">{tm('amount', { amount: formatSomoni(price, locale) })}</dd>
      </div>
      <div className="flex gap-1.5">
        <dt className="text-slate-500">{t('estimate')}:</dt>
        <dd className="font-semibold text-slate-900">{t(`eta.${eta.unit}`, { count: eta.count })}</dd>
      </div>
    </dl>
  );
}
