import type { ComponentProps } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { secondaryButton } from '@/components/ui/button-styles';

/** Every admin list pages by cursor: "next page" carries the cursor with the filters, "first page" drops it. */
type Href = ComponentProps<typeof Link>['href'];

export async function PagingLinks({ nextHref, firstHref }: { nextHref: Href | null; firstHref: Href | null }) {
  const t = await getTranslations('Admin.paging');
  if (!nextHref && !firstHref) return null;
  return (
    <nav aria-label={t('label')} className="flex flex-wrap gap-3">
      {firstHref ? (
        <Link href={firstHref} className={secondaryButton}>
          {t('first')}
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className={secondaryButton} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
