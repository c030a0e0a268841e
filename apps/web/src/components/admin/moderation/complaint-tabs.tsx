import { getTranslations } from 'next-intl/server';
import { ComplaintStatus } from '@dastiyor/contracts/values';
import { Link } from '@/i18n/link';

const tabClass =
  'inline-block rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white';

/** Open / resolved / rejected reports, and the reviews list, as links (each its own URL). */
export async function ComplaintTabs({ current }: { current: (typeof ComplaintStatus)[number] | 'reviews' }) {
  const t = await getTranslations('Admin.complaints');
  return (
    <nav aria-label={t('tabsLabel')} className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 whitespace-nowrap">
        {ComplaintStatus.map((status) => (
          <li key={status}>
            <Link href={`/admin/complaints?status=${status}`} aria-current={current === status ? 'page' : undefined} className={tabClass}>
              {t(`tabs.${status}`)}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/admin/complaints/reviews" aria-current={current === 'reviews' ? 'page' : undefined} className={tabClass}>
            {t('tabs.reviews')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
