import { useTranslations } from 'next-intl';

/** "N providers have already responded", shown to everyone before they respond. */
export function ResponsesCount({ count }: { count: number }) {
  const t = useTranslations('Responses');
  return <p className="text-sm font-medium text-slate-700">{count > 0 ? t('count', { count }) : t('countNone')}</p>;
}
