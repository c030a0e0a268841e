import { useTranslations } from 'next-intl';

export function HiddenBadge() {
  const t = useTranslations('Admin.tasks');
  return (
    <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900">
      {t('hiddenBadge')}
    </span>
  );
}
