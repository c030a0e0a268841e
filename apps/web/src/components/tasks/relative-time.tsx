import { useTranslations } from 'next-intl';
import { relativeTimeParts } from '@/lib/relative-time';

/** "5 минут назад" / "5 дақиқа пеш", with the exact time in the dateTime attribute. */
export function RelativeTime({ iso, now }: { iso: string; now: Date }) {
  const t = useTranslations('RelativeTime');
  const { unit, count } = relativeTimeParts(new Date(iso), now);
  return <time dateTime={iso}>{t(unit, { count })}</time>;
}
